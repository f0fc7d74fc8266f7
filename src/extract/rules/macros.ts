// Named word lists the patterns share (SUTime's macros): each is written once
// here and referred to as `@name` in any pattern. The trigger macros come from
// the trigger table.

import { fold } from "../../fold.js";
import type { Macros } from "../match/engine.js";
import { TRIGGERS } from "./triggers.js";

const WORD_MACROS: Readonly<Record<string, readonly string[]>> = {
  /** What may stand between a subject and its verb: auxiliaries, modals, adverbs, negation, "on Monday". */
  pre: [
    "also", "later", "then", "again", "reportedly", "briefly", "separately", "jointly", "formally", "officially",
    "personally", "finally", "already", "recently", "previously", "now", "first", "once", "twice", "privately",
    "secretly", "publicly", "directly", "face", "to", "face-to-face", "subsequently", "eventually", "reportedly",
    "will", "would", "shall", "could", "can", "may", "might", "must", "should", "did", "does", "do", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "to", "not", "never", "n't", "expected", "scheduled", "set", "due",
    "going", "planning", "plans", "plan", "planned", "hopes", "hoped", "hoping", "wants", "wanted", "agreed", "agrees",
    "agree", "refused", "refuses", "declined", "declines", "ready", "willing", "prepared", "intends", "intended",
    "is", "about", "yet", "still", "on", "last", "this", "next", "early", "late", "today", "yesterday", "tomorrow",
    "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", ",", "in", "person",
    "together", "each", "other", "both", "all", "three", "two", "leaders", "separately", "initially", "earlier",
    "meanwhile", "however", "immediately", "only", "even", "just", "instead", "too", "apparently", "allegedly",
    "virtually", "online", "remotely", "informally", "quietly", "alone", "again", "finally", "ultimately", "soon",
  ],
  /** Verbs that take a meeting noun as their object: "hold talks", "had a call", "began negotiations". */
  hold_verb: [
    "hold", "holds", "held", "holding", "have", "has", "had", "having", "conduct", "conducts", "conducted",
    "conducting", "begin", "begins", "began", "beginning", "start", "starts", "started", "starting", "open", "opens",
    "opened", "end", "ends", "ended", "conclude", "concludes", "concluded", "resume", "resumes", "resumed", "attend",
    "attends", "attended", "join", "joins", "joined", "host", "hosts", "hosted", "arrange", "arranged", "make",
    "makes", "made", "convene", "convenes", "convened", "enter", "enters", "entered", "pursue", "pursued", "seek",
    "enjoy", "enjoyed", "take", "took", "takes", "place", "placed", "places", "complete", "completed", "completes",
    "finish", "finished", "finishes", "wrap", "wrapped", "wraps",
  ],
  /** Determiners and small words before a meeting noun: "a", "their first", "a two-hour". */
  det: ["a", "an", "the", "their", "his", "her", "its", "this", "that", "another", "one", "two", "several", "further", "more", "new", "separate"],
  /** Verbs of travelling somewhere. */
  travel_verb: [
    "travel", "travels", "traveled", "travelled", "travelling", "traveling", "visit", "visits", "visited", "visiting",
    "fly", "flies", "flew", "arrive", "arrives", "arrived", "arriving", "go", "goes", "went", "head", "heads", "headed",
    "lands", "landed", "journeys", "journeyed", "lead", "leads", "led",
  ],
  /** Verbs of asking and telling, said to someone present. */
  tell_verb: [
    "urge", "urges", "urged", "ask", "asks", "asked", "tell", "tells", "told", "press", "presses", "pressed", "warn",
    "warns", "warned", "assure", "assures", "assured", "inform", "informs", "informed", "brief", "briefs", "briefed",
    "persuade", "persuades", "persuaded", "request", "requests", "requested",
  ],
  /** Words of a phone or video link after a verb of talking: "by phone", "over the telephone". */
  by: ["by", "via", "over", "on", "through"],
  link: ["phone", "telephone", "video", "videolink", "video-link", "link", "teleconference", "videoconference", "zoom", "line", "hotline"],
  /** Subordinators and prepositions that put a meeting before, during or around what the clause reports. */
  around: ["after", "following", "during", "at", "in", "before", "amid", "amidst", "ahead", "upon", "on", "since"],
  be: ["is", "are", "was", "were", "be", "been", "being", "'s"],
  sign_verb: ["sign", "signs", "signed", "signing", "initial", "initials", "initialled", "initialed", "ink", "inks", "inked"],
  possessive: ["'s", "'"],
};

/** Every macro: the word lists above, and one per trigger class. */
export function buildMacros(): Macros {
  const out = new Map<string, Set<string>>();
  const add = (name: string, words: readonly string[]) => {
    const set = out.get(name) ?? new Set<string>();
    for (const w of words) set.add(fold(w).replace(/’/g, "'"));
    out.set(name, set);
  };
  for (const [name, words] of Object.entries(WORD_MACROS)) add(name, words);
  for (const t of TRIGGERS) add(t.macro, t.forms);
  return out;
}
