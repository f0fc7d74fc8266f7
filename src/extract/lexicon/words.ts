// Closed classes of English: the words a capitalised sentence opening may be
// without being a name, calendar words, numbers in words, verbs of saying.
// Lookups keyed by text are Maps or Sets, never plain objects, so that a word
// like "constructor" is only ever a word.

import { wordSet } from "../tokens.js";

/** Words that are never the first word of a name, capitalised or not. */
export const FUNCTION_WORDS = wordSet([
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "it's", "in", "on", "at", "for", "but", "and", "or",
  "nor", "as", "if", "when", "whenever", "while", "whilst", "after", "before", "later", "earlier", "also", "however",
  "both", "either", "neither", "during", "following", "despite", "since", "until", "till", "with", "within", "without",
  "from", "by", "to", "of", "off", "so", "yet", "still", "then", "there", "here", "what", "who", "whom", "whose",
  "which", "why", "how", "where", "he", "she", "they", "we", "you", "i", "me", "him", "them", "us", "his", "her",
  "hers", "their", "theirs", "our", "ours", "my", "mine", "your", "yours", "some", "many", "most", "much", "all",
  "any", "each", "every", "no", "not", "none", "one", "ones", "two", "three", "four", "five", "six", "seven",
  "eight", "nine", "ten", "first", "second", "third", "last", "next", "new", "other", "others", "another", "such",
  "more", "less", "few", "fewer", "several", "various", "own", "same", "today", "yesterday", "tomorrow", "tonight",
  "now", "only", "even", "just", "meanwhile", "moreover", "furthermore", "instead", "thus", "therefore", "indeed",
  "perhaps", "regarding", "notably", "overall", "ultimately", "finally", "although", "though", "because", "whether",
  "once", "under", "over", "about", "above", "below", "against", "between", "among", "amongst", "amid", "amidst",
  "into", "onto", "upon", "via", "per", "like", "unlike", "than", "yes", "no", "ok", "okay", "well", "is", "are",
  "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
  "shall", "should", "can", "could", "may", "might", "must", "ought", "according", "including", "excluding",
  "throughout", "toward", "towards", "around", "across", "along", "alongside", "beside", "besides", "beyond", "inside",
  "outside", "near", "nearly", "almost", "about", "up", "down", "out", "away", "back", "again", "already", "always",
  "never", "ever", "often", "sometimes", "soon", "recently", "currently", "previously", "subsequently", "separately",
  "additionally", "elsewhere", "otherwise", "nevertheless", "nonetheless", "hence", "accordingly", "consequently",
  "similarly", "likewise", "conversely", "alternatively", "unless", "whereas", "whereby", "wherein", "amongst",
  "everyone", "everybody", "someone", "somebody", "anyone", "nobody", "nothing", "something", "everything",
  "although", "albeit", "et", "al", "etc", "vs", "via", "re", "dear", "hello", "hi", "thanks", "please",
]);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9],
  ["sept", 9], ["sep", 9], ["october", 10], ["oct", 10], ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0], ["monday", 1], ["tuesday", 2], ["wednesday", 3], ["thursday", 4], ["friday", 5], ["saturday", 6],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
  ["twenty-five", 25], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70],
  ["seventy-five", 75], ["eighty", 80], ["ninety", 90], ["hundred", 100],
]);

/** Verbs of saying: a multi-word name before one is a person ("Jane Roe said"). */
export const SPEECH_VERBS = wordSet([
  "said", "says", "say", "told", "tells", "added", "adds", "continued", "responded", "replied", "answered", "asked",
  "asks", "wrote", "writes", "noted", "notes", "stressed", "insisted", "explained", "warned", "warns", "declared",
  "declares", "tweeted", "posted", "stated", "states", "remarked", "recalled", "argued", "argues", "acknowledged",
  "admitted", "conceded", "claimed", "claims", "announced", "announces", "reiterated", "emphasized", "emphasised",
  "observed", "quipped", "joked", "countered", "concluded", "cautioned", "complained", "boasted", "predicted",
  "promised", "promises", "vowed", "vows", "urged", "urges", "denied", "denies", "confirmed", "confirms", "criticized",
  "criticised", "criticizes", "criticises", "condemned", "condemns", "praised", "praises", "thanked", "thanks",
  "accused", "accuses", "threatened", "threatens", "revealed", "reveals", "described", "describes", "called",
]);

/** Verbs whose subject is a person acting: enough, with a two-word name, to call it a person. */
export const PERSON_ACTION_VERBS = wordSet([
  "met", "meets", "meet", "visited", "visits", "hosted", "hosts", "welcomed", "welcomes", "greeted", "greets",
  "received", "receives", "phoned", "phones", "spoke", "speaks", "talked", "talks", "resigned", "resigns", "died",
  "dies", "signed", "signs", "appointed", "appoints", "nominated", "nominates", "pardoned", "pardons", "fired",
  "fires", "dismissed", "dismisses", "won", "wins", "lost", "loses", "married", "marries", "travelled", "traveled",
  "travels", "arrived", "arrives", "flew", "flies", "sworn", "elected", "re-elected", "inaugurated",
]);
