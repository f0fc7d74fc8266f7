// Person mentions, each with the evidence that makes it a person. A capitalised
// run is a name; it is a *person* only on evidence: a title or role before it
// ("Ukrainian president Volodymyr Zelenskyy", "Mr. Smith"), a role after it
// ("Zalmay Khalilzad, a US peace envoy,"), a verb of saying or acting after a
// two-word name, a list with a titled person ("Presidents A and B"), or the
// same name titled elsewhere in the article. Storms, prizes, parties, ships,
// places and organisations are named the same way and are typed apart by their
// head words and by the noun that introduces them.
//
// Linear: each token is looked at a bounded number of times (role phrases and
// appositives are capped at a few tokens).

import { fold } from "../fold.js";
import type { Gazetteer } from "./gazetteer.js";
import { HONORIFICS, LEADER_TITLES, PLURAL_TITLES, ROLE_CONNECTORS, ROLE_MODIFIERS, TITLES } from "./lexicon/roles.js";
import { NON_PERSON_HEADS, NON_PERSON_INTRODUCERS, NON_PERSON_LEADS } from "./lexicon/things.js";
import { FUNCTION_WORDS, MONTHS, PERSON_ACTION_VERBS, SPEECH_VERBS, WEEKDAYS } from "./lexicon/words.js";
import type { Token } from "./tokens.js";

/** Why a mention is taken for a person. */
export type PersonEvidence =
  | "title" // a role phrase with a title before the name
  | "honorific" // Mr., King, Pope, Sen. …
  | "appositive" // a role after the name, between commas
  | "speech" // a name of two or more words that says or does something
  | "list" // coordinated with a person in a list that shares a plural title
  | "known" // the same name is a person elsewhere in the article
  | "surname" // a bare surname of a person named in full in the article
  | "pair" // one half of "the Biden-Xi talks"
  | "position"; // a bare capitalised word where a person stands; a person only if the corpus names one so

export interface PersonMention {
  /** Offsets of the name itself in the body. */
  readonly start: number;
  readonly end: number;
  /** The name as written ("Antony Blinken", "Putin"). */
  readonly name: string;
  /** The role the text gives at this mention, nationality removed ("Foreign Minister"). */
  readonly role: string | null;
  /** Country or organisation the mention places the person on. */
  readonly side: string | null;
  /** A person whose side this one shares ("Putin aide Yuri Ushakov" → "Putin"). */
  readonly sideOf: string | null;
  /** Start of the role phrase before the name, or the name's start. */
  readonly phraseStart: number;
  /** End of everything that belongs to the mention: an appositive role, "of Jordan". */
  readonly phraseEnd: number;
  /** A bare surname seen only in a person's position: a person only if the corpus names one so. */
  readonly weak?: boolean;
  /** The role is a head of state's or government's. */
  readonly leader?: boolean;
  readonly evidence: readonly PersonEvidence[];
}

/** A capitalised run that is a name of no known type: a person only where a rule's slot or the article says so. */
export interface NameMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  /** How many name words (particles and numerals aside). */
  readonly words: number;
}

export interface PeopleInSentence {
  readonly people: PersonMention[];
  readonly names: NameMention[];
  /** Spans typed as not a person (organisations, things): the matcher sees them as ORG. */
  readonly things: Array<{ start: number; end: number; text: string }>;
  /** Role phrases with no name ("the Russian president", "Indian officials"): groups and descriptions. */
  readonly roles: RolePhrase[];
}

export interface RolePhrase {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly side: string | null;
  readonly plural: boolean;
  readonly leader: boolean;
}

const PARTICLES = new Set(["bin", "bint", "ibn", "al", "el", "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "ter", "la", "le", "y", "zu", "abu", "ul", "ben", "mac", "af", "av"]);
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;
const SUFFIX = new Set(["jr.", "sr.", "jr", "sr"]);
const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "his", "their"]);

/**
 * Names compare folded, possessives and initials dropped, a hyphen inside a name read as a space, and a style
 * ("King", "Pope", "Prince") left out: "Prince Abdulrahman" is "abdulrahman". A regnal number stays: "King
 * Charles III" is "charles iii", a name of its own, not any Charles.
 */
export function nameKey(name: string): string {
  const key = fold(name).replace(/\b\p{L}\.\s*/gu, "").replace(/['’]s?\b/g, "").replace(/(\p{L})-(\p{L})/gu, "$1 $2").replace(/\s+/g, " ").trim();
  const words = key.split(" ");
  while (words.length > 1 && STYLES.has(words[0] as string)) words.shift();
  return words.join(" ");
}

export function surnameOf(name: string): string {
  const parts = nameKey(name).split(" ").filter((p) => !PARTICLES.has(p) && !REGNAL.test(p.toUpperCase()));
  return parts[parts.length - 1] ?? "";
}

interface Ctx {
  readonly body: string;
  readonly tokens: readonly Token[];
  readonly gaz: Gazetteer;
  /** Words the article capitalises inside sentences: a sentence's first word is a name only if it is one of them. */
  readonly midCaps: ReadonlySet<string>;
}

const isAcronym = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text) || /^(?:\p{Lu}\.){2,}$/u.test(t.text);

/** A nationality or country word ("Russian", "U.S.", "Saudi"), and the country it names. */
function countryWord(ctx: Ctx, t: Token | undefined): string | null {
  if (!t || !t.cap) return null;
  return ctx.gaz.countryOfDemonym(t.text) ?? ctx.gaz.country(t.text);
}

const isRoleWord = (t: Token) => TITLES.has(t.key) || ROLE_MODIFIERS.has(t.key) || HONORIFICS.has(t.key);

/** "al-Sharaa", "el-Sisi", "d'Estaing": a lower-case particle joined to a capitalised name. */
const JOINED_PARTICLE = /^(?:al|el|ad|ar|as|at|ash|az|an|bin|ibn|abu|abd|ul|de|da|di|du|van|von|d|l)[-'’]\p{Lu}/u;
const nameShaped = (t: Token) => t.word && (t.cap || JOINED_PARTICLE.test(t.text));
/** Head words that are common surnames too: "President Park", "Prime Minister Hall". */
const SURNAME_HEADS = new Set(["park", "hall", "day", "church", "house", "bush", "brown", "young", "bridge", "marsh", "fields", "banks", "hill"]);
/** Seats of government that stand for their country in a role ("Kremlin spokesman", "Pentagon official"). */
const INSTITUTION_SIDES: ReadonlyMap<string, string> = new Map([
  ["kremlin", "Russia"], ["pentagon", "United States"], ["elysee", "France"], ["zhongnanhai", "China"], ["quirinale", "Italy"],
]);
/** Verbs whose agent after "by" is a person: "led by", "accompanied by", "hosted by". */
const PERSON_AGENT_VERBS = new Set(["led", "headed", "accompanied", "joined", "represented", "flanked", "hosted", "received", "welcomed", "greeted", "met", "visited", "interviewed", "chaired", "signed", "told", "briefed", "appointed", "nominated", "replaced", "succeeded", "founded", "written", "said", "announced"]);
/** Words before which a title word ("host", "head", "chair") is a verb. */
const VERB_CUES = new Set(["will", "would", "to", "can", "could", "may", "might", "shall", "should", "must", "did", "does", "do", "not", "also", "who", "which", "and"]);
/** Words after a sentence's first word that make it a subject that acts ("Shin will host", "Trump said"). */
const ACTS_AFTER_NAME = new Set([...SPEECH_VERBS, ...PERSON_ACTION_VERBS, "will", "would", "has", "had", "also", "later", "then"]);
/** Two-letter codes of bodies, never initials. */
const ORG_CODES = new Set(["un", "eu", "is", "uk", "us", "tv", "pm", "mp", "fc", "ai", "id", "it", "hq", "gp", "ap", "dc"]);
/** Styles that belong to a single name: "Pope Francis", "King Charles III", "Prince Harry". */
const STYLES = new Set(["pope", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "emir", "sheikh", "saint"]);
/** Words before a month that make it a date: "in May", "last June". */
const DATE_LEADS = new Set(["in", "on", "by", "since", "until", "during", "early", "late", "mid", "last", "next", "this", "of", "from", "to", "through"]);
/** Title-like words that also stand inside names ("Hassan Sheikh Mohamud"). */
const NAME_INTERNAL = new Set(["sheikh", "shaikh", "sheik"]);

/** Whether a token can start or continue a name. */
function nameToken(ctx: Ctx, i: number, inside: boolean): boolean {
  const t = ctx.tokens[i];
  if (!t || !nameShaped(t)) return false;
  if (FUNCTION_WORDS.has(t.key) && !(inside && t.key.length > 1)) return false;
  // "JD Vance": two capitals before a name are initials, unless they are a country's or a body's ("US", "EU").
  if (isAcronym(t) && !inside && !(t.text.length === 2 && !countryWord(ctx, t) && !ORG_CODES.has(t.key) && nameShaped(ctx.tokens[i + 1] ?? t) && ctx.tokens[i + 1] !== undefined && !isRoleWord(ctx.tokens[i + 1] as Token))) return false;
  if (/^\d/.test(t.text)) return false;
  if (inside) {
    // "Theresa May", "May's", but not "on Friday 12": a month or weekday inside a name is followed by no number.
    if (MONTHS.has(t.key) || WEEKDAYS.has(t.key)) return !/^\d/.test(ctx.tokens[i + 1]?.text ?? "");
    // "Philippine President Bongbong Marcos": a title inside a run introduces the next name.
    if (TITLES.has(t.key) && !NAME_INTERNAL.has(t.key) && nameShaped(ctx.tokens[i + 1] ?? t) && ctx.tokens[i + 1] !== undefined) return false;
    return true;
  }
  // "Jan Nowak", "June Carter": a month's name starts a name when a name follows and no date word precedes.
  if (MONTHS.has(t.key) || WEEKDAYS.has(t.key)) {
    const next = ctx.tokens[i + 1];
    const prev = ctx.tokens[i - 1];
    return !!next && nameShaped(next) && !isRoleWord(next) && !MONTHS.has(next.key) && !(prev && DATE_LEADS.has(prev.key));
  }
  if (isRoleWord(t)) return false;
  // "Subsequent meetings …", "Allegedly, …": a sentence's capitalised first word is a name only if the article
  // capitalises it elsewhere too, or another name word follows it.
  if (i === 0 && !ctx.midCaps.has(t.key) && !nameShaped(ctx.tokens[1] ?? t) && ctx.tokens[1] !== undefined && !ACTS_AFTER_NAME.has((ctx.tokens[1] as Token).key)) return false;
  if (countryWord(ctx, t)) {
    // "Defense Minister Israel Katz": a country word right after a title and before a name is a given name.
    const prev = ctx.tokens[i - 1];
    const next = ctx.tokens[i + 1];
    return !!prev && TITLES.has(prev.key) && !!next?.cap && next.word && !countryWord(ctx, next) && !isRoleWord(next);
  }
  return true;
}

interface Run {
  from: number; // first token of the name
  to: number; // one past the last token of the name
}

/** Maximal capitalised runs, with particles, initials, regnal numbers and suffixes inside. */
function nameRuns(ctx: Ctx): Run[] {
  const out: Run[] = [];
  const { tokens } = ctx;
  let i = 0;
  while (i < tokens.length) {
    if (!nameToken(ctx, i, false)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t) break;
      if (nameToken(ctx, j, true) && !isAcronymAfterName(t)) j++;
      else if (PARTICLES.has(t.key) && !t.cap && nameToken(ctx, j + 1, true)) j += 2;
      else if (REGNAL.test(t.text) || SUFFIX.has(t.key)) j++;
      else if (t.text === "." && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? "")) j++;
      // "Kurdistan Workers' Party", "Mohammed Shia' Al Sudani": an apostrophe between name words.
      else if ((t.text === "'" || t.text === "’") && nameToken(ctx, j + 1, true)) j++;
      else break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}
const isAcronymAfterName = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text) && !REGNAL.test(t.text);

const singular = (w: string) => w.replace(/(?:ies)$/, "y").replace(/s$/, "");

/**
 * "President of the Pontifical Commission", "Envoy for Special Missions Richard Grenell": capitalised words right
 * after a title's "of"/"for" name what the title is of. The name, if any, starts after the last organisation word.
 */
function splitComplement(ctx: Ctx, run: Run): Run {
  const { tokens } = ctx;
  let k = run.from - 1;
  while (k >= 0 && run.from - k <= 4 && (tokens[k] as Token).cap && !isRoleWord(tokens[k] as Token) === false) k--;
  if (tokens[k]?.key === "the") k--;
  if (!(tokens[k]?.key === "of" || tokens[k]?.key === "for") || !tokens[k - 1] || !isRoleWord(tokens[k - 1] as Token)) return run;
  let cut = -1;
  for (let i = run.from; i < run.to; i++) {
    const t = tokens[i] as Token;
    if (NON_PERSON_HEADS.has(t.key) || NON_PERSON_HEADS.has(singular(t.key))) cut = i;
  }
  return cut < 0 ? run : { from: cut + 1, to: run.to };
}

/** The role phrase before a name: token range [from, to) and what it says. */
interface Role {
  from: number;
  to: number;
  titled: boolean;
  honorific: boolean;
  plural: boolean;
  leader: boolean;
  text: string;
  side: string | null;
  sideOf: string | null;
}

const MAX_ROLE = 12;
/** Words that make a leader's title someone else's ("vice president", "opposition leader"). */
const DEMOTING = new Set(["vice", "deputy", "former", "opposition", "party", "rebel", "militant", "group", "union", "house", "senate", "minority", "majority", "team", "band", "club", "religious", "spiritual", "tribal", "student", "protest", "community", "business"]);

/** Walks left from `at` (exclusive) over a role phrase. */
function roleBefore(ctx: Ctx, at: number): Role | null {
  const { tokens } = ctx;
  let from = at;
  let titleSeen = false;
  let i = at - 1;
  let owner: number | null = null;
  while (i >= 0 && at - i <= MAX_ROLE) {
    const t = tokens[i] as Token;
    // "will host James Pemberton", "to head the agency": a title word after a modal or "to" is a verb.
    if (isRoleWord(t) && !t.cap && VERB_CUES.has(tokens[i - 1]?.key ?? "")) break;
    if (isRoleWord(t)) {
      if (TITLES.has(t.key) || HONORIFICS.has(t.key)) titleSeen = true;
      from = i;
      i--;
      continue;
    }
    if (t.cap && (countryWord(ctx, t) || isAcronym(t))) {
      from = i;
      i--;
      continue;
    }
    // "of NATO", "for Special Missions": connectors inside a title chain, kept only if a title lies further left.
    if (ROLE_CONNECTORS.has(t.key) && !t.cap && i > 0) {
      const left = tokens[i - 1] as Token;
      if (isRoleWord(left) || (t.key === "the" && ROLE_CONNECTORS.has(left.key))) {
        from = i;
        i--;
        continue;
      }
      break;
    }
    // "Envoy for Special Missions Richard Grenell", "Secretary General of the Arab League Ahmed Aboul Gheit":
    // capitalised words after "of"/"for" that a title governs.
    if (t.cap && t.word && !titleSeen && !FUNCTION_WORDS.has(t.key)) {
      let j = i;
      while (j >= 0 && i - j < 5 && ((tokens[j] as Token).cap || (tokens[j] as Token).key === "the") && !TITLES.has((tokens[j] as Token).key)) j--;
      const connector = tokens[j];
      if (connector && (connector.key === "of" || connector.key === "for") && j > 0 && isRoleWord(tokens[j - 1] as Token)) {
        from = j;
        i = j - 1;
        continue;
      }
      break;
    }
    // "Hamas leader", "Grateful Dead guitarist", "Middle East Envoy": capitalised words before a title.
    if (t.cap && t.word && titleSeen && !FUNCTION_WORDS.has(t.key)) {
      from = i;
      i--;
      continue;
    }
    // "Donald Trump's envoy": an owner before a possessive.
    if ((t.text === "'s" || t.text === "’s") && titleSeen) {
      let j = i - 1;
      while (j >= 0 && (tokens[j] as Token).cap && (tokens[j] as Token).word && i - j <= 4) j--;
      if (j < i - 1) {
        owner = j + 1;
        from = j + 1;
      }
      break;
    }
    break;
  }
  // Trim connectors and possessives at the phrase's left edge.
  while (from < at && ((ROLE_CONNECTORS.has((tokens[from] as Token).key) && !(tokens[from] as Token).cap) || (tokens[from] as Token).text === "'s")) from++;
  if (from >= at) return null;
  const words = tokens.slice(from, at);
  const titleIdx = words.map((w) => TITLES.has(w.key) || HONORIFICS.has(w.key)).lastIndexOf(true);
  if (titleIdx < 0) {
    // Only a nationality ("Ukrainian Volodymyr Zelenskyy"): a side, no title.
    const side = words.map((w) => countryWord(ctx, w)).find((x) => x) ?? null;
    return { from, to: at, titled: false, honorific: false, plural: false, leader: false, text: "", side, sideOf: null };
  }
  const head = words[titleIdx] as Token;
  // "Mr. Smith", "President Biden": a lone honorific; "Foreign Minister Lavrov" is a title.
  const honorific = HONORIFICS.has(head.key) && words.length === 1 && (head.cap || head.text.endsWith("."));
  let side: string | null = null;
  let roleFrom = 0;
  const ownerTo = owner !== null ? words.findIndex((w) => w.text === "'s" || w.text === "’s") : -1;
  let sideOf: string | null = null;
  if (owner !== null && ownerTo > 0) {
    const ownerName = words.slice(0, ownerTo).map((w) => w.text).join(" ");
    side = ctx.gaz.country(ownerName) ?? ctx.gaz.countryOfDemonym(ownerName);
    if (!side) sideOf = words[ownerTo - 1]?.text ?? null;
    roleFrom = ownerTo + 1;
  }
  for (let k = roleFrom; k < titleIdx && !side; k++) {
    const c = countryWord(ctx, words[k]);
    const institution = INSTITUTION_SIDES.get((words[k] as Token).key);
    if (c) {
      side = c;
      roleFrom = k + 1;
    } else if (institution) side = institution; // "Kremlin spokesman": the seat stays in the role
    else if (!(words[k] as Token).cap || !isAcronym(words[k] as Token)) break;
  }
  // "Secretary General of NATO", "King … of Jordan" inside the phrase: the organisation or country after "of".
  if (!side) {
    for (let k = titleIdx; k < words.length - 1; k++) {
      if ((words[k] as Token).key === "of" || (words[k] as Token).key === "for") {
        const c = countryWord(ctx, words[k + 1]) ?? (words[k + 1]?.key === "the" ? countryWord(ctx, words[k + 2]) : null);
        if (c) side = c;
        else if (isAcronym(words[k + 1] as Token)) side = (words[k + 1] as Token).text;
        break;
      }
    }
  }
  const roleWords = words.slice(roleFrom).filter((w) => w.key !== "the");
  const text = ctx.body.slice(roleWords[0]?.start ?? head.start, (words[words.length - 1] as Token).end).replace(/\s+/g, " ");
  const low = roleWords.map((w) => w.key);
  const demoted = low.some((w) => DEMOTING.has(w));
  const leader = !demoted && (LEADER_TITLES.has(head.key) || (head.key === "minister" && low.includes("prime")) || (head.key === "prince" && low.includes("crown")));
  return { from, to: at, titled: true, honorific, plural: PLURAL_TITLES.has(head.key), leader, text, side, sideOf };
}

/** Whether the capitalised run at `i` ends in a possessive: "one of President Zelensky's aides". */
function ownerAhead(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (tokens[j]?.cap && j - i < 4) j++;
  return tokens[j]?.text === "'s" || tokens[j]?.text === "’s";
}

/** "Zalmay Khalilzad, a US peace envoy," / "Ahmed al-Sharaa, de facto leader of Syria": a role after the name. */
function roleAfter(ctx: Ctx, at: number): (Role & { end: number }) | null {
  const { tokens } = ctx;
  if (tokens[at]?.text !== ",") return null;
  let i = at + 1;
  if (["a", "an", "the"].includes(tokens[i]?.key ?? "")) i++;
  else if (tokens[i]?.key === "one" && tokens[i + 1]?.key === "of") i += 2;
  const start = i;
  let titleAt = -1;
  let side: string | null = null;
  let sideOf: string | null = null;
  for (; i < tokens.length && i - start < 10; i++) {
    const t = tokens[i] as Token;
    if (t.text === "," || t.text === ";" || t.text === "." || t.text === ")" || t.text === "(") break;
    if (TITLES.has(t.key)) titleAt = i;
    else if (countryWord(ctx, t)) side ??= countryWord(ctx, t);
    // "Putin, Secretary of State Tony Blinken, …": a name after the title makes it the next person, not a role.
    else if (titleAt >= 0 && t.cap && !isRoleWord(t) && !isAcronym(t) && !["of", "for"].includes(tokens[i - 1]?.key ?? "") && !(tokens[i - 1]?.cap && !isRoleWord(tokens[i - 1] as Token)) && !ownerAhead(tokens, i)) return null;
    else if (t.text === "'s" || t.text === "’s") sideOf = tokens[i - 1]?.text ?? null;
    else if (!(ROLE_MODIFIERS.has(t.key) || ROLE_CONNECTORS.has(t.key) || t.cap || HONORIFICS.has(t.key))) {
      if (titleAt < 0) return null;
      // A verb or clause after the title ends the role: "…, the president who …".
      break;
    }
  }
  if (titleAt < 0) return null;
  const end = i;
  const closes = !tokens[end] || [",", ";", ".", ")"].includes((tokens[end] as Token).text);
  if (!closes) return null;
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const head = tokens[titleAt] as Token;
  const low = tokens.slice(start, end).map((w) => w.key);
  const leader = LEADER_TITLES.has(head.key) && !low.some((w) => DEMOTING.has(w));
  const sideCountry = sideOf ? ctx.gaz.country(sideOf) ?? ctx.gaz.countryOfDemonym(sideOf) : null;
  return {
    from: at, to: end, end, titled: true, honorific: false, plural: false, leader,
    text: ctx.body.slice(first.start, last.end), side: side ?? sideCountry, sideOf: sideCountry ? null : sideOf,
  };
}

/** "… of Jordan", "… of the Democratic Republic of the Congo" right after a name: its side. */
function countryAfter(ctx: Ctx, at: number): { end: number; country: string } | null {
  const { tokens } = ctx;
  if (tokens[at]?.key !== "of") return null;
  let i = at + 1;
  if (tokens[i]?.key === "the") i++;
  for (let n = Math.min(7, tokens.length - i); n >= 1; n--) {
    const span = tokens.slice(i, i + n);
    if (!span[0]?.cap) continue;
    const c = ctx.gaz.country(ctx.body.slice(span[0].start, (span[n - 1] as Token).end));
    if (c) return { end: i + n, country: c };
  }
  return null;
}

/** A run that names a place in the gazetteer ("Saudi Arabia", "Abu Dhabi", "Jordan"). */
function isPlaceName(ctx: Ctx, text: string): boolean {
  return !!(ctx.gaz.country(text) || ctx.gaz.city(text) || ctx.gaz.region(text));
}

/** Why a run is not a person, if it is not. */
function thingType(ctx: Ctx, run: Run, titled: boolean): string | null {
  const { tokens } = ctx;
  const first = tokens[run.from] as Token;
  const last = tokens[run.to - 1] as Token;
  const before = tokens[run.from - 1];
  if (NON_PERSON_LEADS.has(first.key) && run.to - run.from > 1) return "lead";
  if (before && !before.cap && NON_PERSON_INTRODUCERS.has(before.key)) return "introducer";
  // "United Nations General Assembly", "General Motors": a title before one organisation word is part of a name.
  if (titled && run.to - run.from === 1 && NON_PERSON_HEADS.has(last.key) && !SURNAME_HEADS.has(last.key)) return "head";
  if (titled) return null;
  if (NON_PERSON_HEADS.has(last.key)) return "head";
  const text = ctx.body.slice(first.start, last.end);
  if (isPlaceName(ctx, text)) return "place";
  // "Saudi Arabia", "South Korea": a run that is a place with the nationality word before it.
  if (before?.cap && isPlaceName(ctx, ctx.body.slice(before.start, last.end))) return "place";
  return null;
}

/**
 * Person mentions, nameless role phrases, unknown names and things in one
 * sentence. `knownNames` are the article's names already taken for people
 * (folded keys), so that a later bare or untitled mention counts.
 */
export function peopleInSentence(body: string, tokens: readonly Token[], gaz: Gazetteer, midCaps: ReadonlySet<string>): PeopleInSentence {
  const ctx: Ctx = { body, tokens, gaz, midCaps };
  const people: PersonMention[] = [];
  const names: NameMention[] = [];
  const things: Array<{ start: number; end: number; text: string }> = [];
  const roles: RolePhrase[] = [];
  // A run inside the role phrase of the run after it ("Grateful Dead guitarist Jerry Garcia") belongs to that role.
  const all = nameRuns(ctx);
  // An owner before a possessive ("Donald Trump's envoy …") stays a mention of its own.
  const owner = (run: Run) => tokens[run.to]?.text === "'s" || tokens[run.to]?.text === "’s";
  const runs = all.filter((run, k) => {
    const next = all[k + 1];
    if (!next || owner(run)) return true;
    const role = roleBefore(ctx, splitComplement(ctx, next).from);
    return !(role?.titled && role.from <= run.from);
  });
  let claimedTo = 0; // tokens before this index belong to an earlier mention
  let listOpen: { afterTok: number } | null = null; // a plural title's list, open after this token
  for (const found of runs) {
    if (found.from < claimedTo) continue;
    const run = splitComplement(ctx, found);
    if (run.from > found.from) things.push({ start: (tokens[found.from] as Token).start, end: (tokens[run.from - 1] as Token).end, text: body.slice((tokens[found.from] as Token).start, (tokens[run.from - 1] as Token).end) });
    if (run.from >= run.to) {
      claimedTo = found.to;
      continue;
    }
    let role = roleBefore(ctx, run.from);
    if (role && role.from < claimedTo) role = null;
    // "The Italian Foreign Minister, Antonio Tajani, meets …": the role before a comma and the name.
    let appositiveBefore = false;
    // "… to meet Kim's father, Kim Jong Il.": the same, closing the sentence.
    const closes = (t: Token | undefined) => !t || t.text === "," || t.text === "." || t.text === ";";
    if ((!role || !role.titled) && tokens[run.from - 1]?.text === "," && closes(tokens[run.to])) {
      const before = roleBefore(ctx, run.from - 1);
      if (before?.titled && before.from >= claimedTo) {
        role = before;
        appositiveBefore = true;
      }
    }
    const after = role?.titled ? null : roleAfter(ctx, run.to);
    const ofCountry = countryAfter(ctx, after ? after.end : run.to);
    const nameTokens = tokens.slice(run.from, run.to);
    // "Pope Francis", "King Charles III": a royal or religious title before a single given name is part of it.
    const styled = role?.titled && STYLES.has((tokens[run.from - 1] as Token).key) && nameTokens.filter((t) => !REGNAL.test(t.text)).length === 1;
    const first = styled ? (tokens[run.from - 1] as Token) : (nameTokens[0] as Token);
    const last = nameTokens[nameTokens.length - 1] as Token;
    const name = body.slice(first.start, last.end);
    const titled = !!role?.titled || !!after;
    const multi = nameTokens.filter((t) => t.cap && t.word && !REGNAL.test(t.text)).length >= 2;
    // A role between commas takes its closing comma ("Eleanor Whitfield, Britain's prime minister, for …").
    const afterEnd = after ? after.end + (tokens[after.end]?.text === "," ? 1 : 0) : 0;
    const unitEnd = ofCountry ? ofCountry.end : after ? afterEnd : appositiveBefore && tokens[run.to]?.text === "," ? run.to + 1 : run.to;
    const thing = thingType(ctx, run, titled);
    if (thing) {
      things.push({ start: (role?.titled ? (tokens[role.from] as Token) : first).start, end: last.end, text: name });
      claimedTo = run.to;
      listOpen = null;
      continue;
    }
    const evidence: PersonEvidence[] = [];
    if (role?.titled) evidence.push(role.honorific ? "honorific" : "title");
    if (after) evidence.push("appositive");
    const next = tokens[unitEnd];
    const lead = role?.from ?? run.from;
    const before2 = tokens.slice(Math.max(0, lead - 2), lead).map((t) => t.key).join(" ");
    if (multi && next && (SPEECH_VERBS.has(next.key) || PERSON_ACTION_VERBS.has(next.key) || (next.key === "," && tokens[unitEnd + 1]?.key === "who"))) evidence.push("speech");
    if (multi && before2 === "according to") evidence.push("speech");
    // "Donald Trump's envoy": people have envoys, aides, wives.
    if (multi && owner(run) && TITLES.has(tokens[run.to + 1]?.key ?? "") && !NON_PERSON_HEADS.has(last.key)) evidence.push("speech");
    // "led by Eduard Shevardnadze", "accompanied by …": the agent of what people do.
    if (multi && tokens[lead - 1]?.key === "by" && PERSON_AGENT_VERBS.has(tokens[lead - 2]?.key ?? "")) evidence.push("speech");
    // "Presidents Félix Tshisekedi of … and Paul Kagame of Rwanda": a plural title shared by the list.
    if (!role?.titled && listOpen && ["and", ",", ", and"].includes(tokens.slice(listOpen.afterTok, run.from).map((t) => t.key).join(" "))) evidence.push("list");
    const side = role?.side ?? after?.side ?? ofCountry?.country ?? null;
    const mention: PersonMention = {
      start: first.start,
      end: last.end,
      name,
      role: role?.titled ? role.text || null : after?.text ?? null,
      side,
      sideOf: role?.sideOf ?? after?.sideOf ?? null,
      phraseStart: role ? (tokens[role.from] as Token).start : first.start,
      phraseEnd: (tokens[unitEnd - 1] as Token).end,
      ...(role?.leader || after?.leader ? { leader: true } : {}),
      evidence,
    };
    listOpen = role?.plural || (listOpen && evidence.includes("list")) ? { afterTok: unitEnd } : null;
    // An owner's tokens also begin the role phrase of the name after it.
    claimedTo = owner(run) ? run.from : unitEnd;
    if (evidence.length) people.push(mention);
    else names.push({ start: first.start, end: last.end, name, words: multi ? 2 : 1 });
  }
  // "led by Eduard Shevardnadze for the Soviet Union and George Shultz for the U.S.": a two-word name listed
  // after a person ("and", ",", a "for/of the Country" aside) is a person too.
  for (const n of [...names]) {
    if (n.words < 2) continue;
    const at = tokens.findIndex((t) => t.start === n.start);
    let k = at - 1;
    if (tokens[k]?.key !== "and" && tokens[k]?.key !== ",") continue;
    k--;
    if (tokens[k]?.key === ",") k--;
    let prevEnd = (tokens[k] as Token | undefined)?.end ?? -1;
    const prev = people.find((p) => p.phraseEnd === prevEnd) ?? listedWithSide(ctx, people, k);
    if (!prev || !prev.evidence.some((e) => e !== "known")) continue;
    names.splice(names.indexOf(n), 1);
    people.push({ start: n.start, end: n.end, name: n.name, role: null, side: null, sideOf: null, phraseStart: n.start, phraseEnd: n.end, evidence: ["list"] });
    prevEnd = n.end;
  }
  people.sort((a, b) => a.start - b.start);
  // Role phrases with no name after them: "the Russian president", "Indian officials".
  collectNamelessRoles(ctx, people, roles);
  return { people, names, things, roles };
}

/** The person before "for the Soviet Union" / "of Rwanda" ending at token `k`, if any. */
function listedWithSide(ctx: Ctx, people: readonly PersonMention[], k: number): PersonMention | undefined {
  const { tokens } = ctx;
  for (let j = k; j >= 0 && k - j < 6; j--) {
    const t = tokens[j] as Token;
    if (t.key === "for" || t.key === "of") {
      const end = (tokens[j - 1] as Token | undefined)?.end ?? -1;
      return people.find((p) => p.phraseEnd === end || p.end === end);
    }
    if (!(t.cap || t.key === "the" || t.text === ".")) return undefined;
  }
  return undefined;
}

/** Role phrases that stand for a person or a group without naming one. */
function collectNamelessRoles(ctx: Ctx, people: readonly PersonMention[], roles: RolePhrase[]): void {
  const { tokens } = ctx;
  const inPerson = (at: number) => people.some((p) => at >= p.phraseStart && at < p.phraseEnd);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!(TITLES.has(t.key) || GROUP_NOUNS.has(t.key)) || inPerson(t.start) || roles.some((r) => t.start >= r.start && t.start < r.end)) {
      i++;
      continue;
    }
    // Extend right over a title chain, then take the role words before it.
    let j = i + 1;
    while (j < tokens.length && (TITLES.has((tokens[j] as Token).key) || ROLE_MODIFIERS.has((tokens[j] as Token).key)) && !inPerson((tokens[j] as Token).start)) j++;
    const headTok = tokens[j - 1] as Token;
    const found = roleBefore(ctx, j);
    // "the Australian prime minister": the article belongs to the description.
    const role = found && tokens[found.from - 1]?.key === "the" ? { ...found, from: found.from - 1 } : found;
    if (GROUP_NOUNS.has(headTok.key) && !role?.titled) {
      // "the American delegation", "Israeli delegations", "European leaders": a group, whatever stands before it.
      const pre = roleBefore(ctx, i);
      let from = pre ? pre.from : i;
      if (tokens[from - 1]?.key === "the") from--;
      const first = tokens[from] as Token;
      roles.push({ start: first.start, end: headTok.end, text: ctx.body.slice(first.start, headTok.end), side: pre?.side ?? null, plural: true, leader: false });
    } else if (role && role.titled && (role.plural || tokens[role.from]?.key === "the" || role.side)) {
      // A single role stands for a person only when it is definite: "the Russian president", "Germany's chancellor".
      const from = tokens[role.from] as Token;
      roles.push({ start: from.start, end: headTok.end, text: ctx.body.slice(from.start, headTok.end), side: role.side, plural: role.plural, leader: role.leader });
    }
    i = j;
  }
}

export const isPronoun = (t: Token) => PRONOUNS.has(t.key);

/** Nouns for groups of people that stand in a list of participants without a name ("Israeli delegations"). */
const GROUP_NOUNS = new Set(["delegation", "delegations", "delegates", "officials", "leaders", "representatives", "envoys", "counterparts", "negotiators", "ministers", "diplomats", "lawmakers", "senators", "governors", "mayors", "team", "teams"]);
