// Plain-language questions → what they ask (an intent), what they name
// (people, places, an encounter, a time, a kind, a topic) and the records that
// answer them. Every word is accounted for: it is part of the question's
// grammar, or names something the index holds (typos forgiven within a
// spelling mistake, see fuzzy.ts), or is a date, or the topic of "about …".
// A word that is none of these is reported, and the question is declined
// rather than answered about something else: "did Obama meet Putin" on a
// corpus without Obama says so; it does not list Putin's meetings.
//
// Every pattern here runs on the user's question or on article text, and is
// checked for catastrophic backtracking by test/hostile/redos.test.ts.

import { fold } from "../fold.js";
import { isMode, modeOf } from "../schema.js";
import type { Index } from "../index/build.js";
import type { AttendeeRecord, ClaimRecord, EncounterKind, EncounterRecord, PersonRecord } from "../index/records.js";
import { withinBounds } from "./filters.js";
import { editDistance, typoBudget } from "./fuzzy.js";
import { resolveEncounterId } from "./lookup.js";
import { atEvent, EVENT_HEADS, eventCore, eventIn } from "./events.js";
import { loadLexicon, type Lexicon } from "./words.js";
import type { PlaceSlot, World, WorldPlace } from "./world.js";

export type Intent = "when" | "where" | "attendees" | "count" | "quotes" | "did" | "find" | "who" | "duration" | "unknown";
export type KindClass = "any" | "in-person" | "remote" | EncounterKind;

/** A span of time, inclusive, as YYYY-MM-DD bounds (either open), with the words that gave it. */
export interface TimeRange {
  readonly from: string | null;
  readonly to: string | null;
  readonly label: string;
}

export interface Understanding {
  readonly intent: Intent;
  /** Everyone named (speakers and the people a statement is about alike). */
  readonly people: readonly PersonRecord[];
  readonly places: readonly string[];
  /** The places as named: each inner list is one name, read as any of its places ("Genva": Geneva or Genoa). */
  readonly placeGroups: ReadonlyArray<readonly string[]>;
  /** Of `places`, those the index has no field for but the sources' text names ("the White House"). */
  readonly mentioned: readonly string[];
  readonly encounter: EncounterRecord | null;
  /** The year when the time asked about is one whole year (kept for older callers); see `range`. */
  readonly year: string | null;
  readonly range: TimeRange | null;
  readonly kind: KindClass;
  /** "first", "last", "latest", "most recent": one encounter from the end of the list. */
  readonly order: "first" | "last" | null;
  /** Words of "about …" / "discuss …" that name no person, place or encounter. */
  readonly topic: readonly string[];
  /** For "what did X say about Y": the speakers (X); everyone else named is what they spoke about. */
  readonly speakers: readonly PersonRecord[];
  /** Typos forgiven: what was typed and what it was read as. */
  readonly corrections: ReadonlyArray<{ readonly typed: string; readonly read: string }>;
  /** Words accepted but not used to narrow the answer ("foreign" in "foreign leaders"). */
  readonly ignored: readonly string[];
  /** What the question names that the corpus does not hold, or words not understood: why it is declined. */
  readonly unknown: readonly string[];
  /** Of `unknown`, the words in a place's position ("in Warsaw"): a "did you mean" offers places for them. */
  readonly unknownPlaces: readonly string[];
  /** Gatherings named ("the UN General Assembly"); `used`: the answer is narrowed to encounters at it. */
  readonly events: ReadonlyArray<GatheringNamed>;
  /** Of `places`, those known from the gazetteer rather than the corpus ("Warsaw"): a real place, perhaps of no encounter here. */
  readonly worldPlaces: readonly string[];
  /** People named in a clause that describes the encounter ("the meeting that X arranged"): not asked to have taken part. */
  readonly context: readonly PersonRecord[];
  /** Names in such a clause that the index does not hold: reported, not used. */
  readonly contextNames: readonly string[];
  /** Whether a topic word came after "about" or "discuss" (what was asked about), not from a description ("their peace agreement"). */
  readonly topicAsked: boolean;
  /** What the reading did not use, and why, for the answer's notes. */
  readonly remarks: readonly string[];
  /** Some word is not understood, or was read as a typo, and the world's places, titles and gatherings might read it: see askQuestion. */
  readonly wantsWorld: boolean;
}

/** A gathering a question names, and how the answer uses it. */
export interface GatheringNamed {
  readonly name: string;
  /** The words that tell it apart (see events.ts). */
  readonly core: readonly string[];
  /** The answer is narrowed to encounters at it. */
  readonly used: boolean;
  /** No record has it in a field: it is looked for in the text the sources quote. */
  readonly byText: boolean;
}

export type AskResults =
  | { readonly type: "encounters"; readonly items: readonly EncounterRecord[] }
  | { readonly type: "attendees"; readonly items: readonly AttendeeRecord[]; readonly encounter: EncounterRecord }
  | { readonly type: "claims"; readonly items: readonly ClaimRecord[] }
  | { readonly type: "none"; readonly items: readonly never[] };

export interface AskAnswer {
  readonly question: string;
  readonly understood: Understanding;
  /** How the question was read, in words; for a declined question, why. */
  readonly reading: string;
  /** The answer in one line. */
  readonly answer: string;
  readonly results: AskResults;
  /** The number the answer gives: held encounters, not counting disputed ones; or attendees, or statements. */
  readonly count: number;
  /** Planned encounters that match, kept apart from held ones. */
  readonly announced: readonly EncounterRecord[];
  /** Held encounters a person marked disputed (curation), kept apart from the count. */
  readonly disputed: readonly EncounterRecord[];
  /** Where sources disagree about what answers the question. */
  readonly notes: readonly string[];
  /** The question was answered: something was found, or a yes/no or how-many question got its answer. */
  readonly found: boolean;
}

/** Question shapes, with examples that work on the built-in corpus; `ask --help` prints them. */
export const QUESTION_SHAPES: ReadonlyArray<readonly [shape: string, example: string]> = [
  ["when did X and Y meet / talk / call", "when did Biden and Putin talk"],
  ["where did X meet Y", "where did Trump meet Putin"],
  ["did X and Y meet in PLACE / in TIME", "did Trump and Putin meet in Helsinki in 2018"],
  ["how many times did X and Y meet", "how many times did Trump and Putin meet"],
  ["who attended ID / who took part in …", "who attended geneva-2021"],
  ["who met X / who did X talk to", "who did Biden talk to in 2021"],
  ["what did X say about Y", "what did Putin say about the Geneva summit"],
  ["first / last / latest meeting of X and Y", "when did Trump and Putin last meet"],
  ["which meetings happened in TIME", "which meetings happened in 2018"],
  ["how long did … last", "how long did the Geneva summit last"],
  ["calls / video calls / summits between X and Y", "calls between Trump and Putin"],
  ["who met X at a GATHERING (G20, APEC, UN General Assembly, … summit)", "who met Putin at the G20"],
  ["who took part in the meeting that X arranged", "who attended the 2021 summit that Sullivan prepared"],
  ["NAMES and PLACES alone (typos forgiven)", "Putn Geneve"],
];

export const EXAMPLES = QUESTION_SHAPES.map(([, example]) => example);

/** Time phrases `ask` reads, for its help. */
export const TIME_SHAPES = [
  "in 2018", "in December 2021", "on 16 June 2021", "since 2020", "before 2019", "after March 2025",
  "between July and December 2025", "from 2017 to 2019", "in the first half of 2025", "in Q3 2025", "in the 2010s",
];

// ---------------------------------------------------------------------------
// Words

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Month words that are also ordinary words or names: months only next to a day or a year. */
const SHY_MONTHS = new Set(["may", "mar", "jan", "jun", "dec", "sep", "oct", "nov", "aug", "apr", "feb", "jul"]);

const ORDINALS: Readonly<Record<string, number>> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, last: 4, final: 4 };

/** Words that make up questions: never names, never reported. */
const GRAMMAR = new Set(`
when where who whom whose what which how why many much long often times time number count whether
did does do done doing was were is are be been being has have had having will would can could should ever never there any anyone anybody
all every each some none no not yes
the a an their they them he she him her his hers it its this that these those me my i you your we our us one ones other others
together both also just only again still then than so too very more most less least same
and or nor but with between among about of in on at to for by from during after before since until till through into onto over as via near
without within across against upon around per versus vs
meet meets met meeting meetings talk talks talked talking speak speaks spoke spoken speaking call calls called calling phone phoned phones phoning
telephone telephoned telephoning ring rang rung discuss discussed discusses discussing discussion discussions confer conferred
visit visited visits visiting host hosted hosts hosting receive received receives receiving hold held holds holding
sit sat attend attended attends attending attendance join joined joins accompany accompanied accompanying participate participated participating
take took taken taking part parts present happen happened happens happening occur occurred take place sign signed signing
say said says saying tell told telling state stated claim claimed comment commented remark remarked respond responded
list show give find see last lasted lasting contact contacted engage engaged negotiate negotiated
go goes went gone going come comes came coming travel travels travelled traveled travelling traveling fly flew flown
see sees saw seen seeing welcome welcomed greet greeted shake shook hands sign
lead leads led leading headed heading raise raised raising press pressed urge urged ask asked thank thanked invite invited agree agreed
help helped facilitate facilitated arrange arranged broker brokered mediate mediated organize organized organise organised
case cases issue issues matter matters subject topic topics
summit summits sideline sidelines encounter encounters conversation conversations session sessions talk exchange
video videos videoconference videoconferences virtual virtually conference conferences teleconference online call
person face room delegation delegations delegate delegates team teams side sides
leader leaders president presidents minister ministers prime foreign secretary secretaries official officials counterpart counterparts
head heads government governments envoy envoys ambassador ambassadors chancellor king queen pope premier emperor crown prince princess
mr mrs ms dr sen senator rep general gen
quotes quote quoted statement statements claims remarks words
date dates day days year years month months place places location locations venue venues kind type
duration hours hour minutes minute long
first last latest earliest recent recently most previous next final ago
agreement agreements deal deals treaty treaties accord accords ceremony ceremonies trip trips tour bilateral trilateral multilateral
working dinner lunch breakfast press briefing news
in-person face-to-face
`.split(/\s+/).filter(Boolean));

/** Titles: "the Pope" with no name after it names no one the index can be asked about. */
const TITLES = new Set(["pope", "king", "queen", "president", "chancellor", "emperor", "premier", "prime", "minister", "prince", "princess", "secretary", "ambassador", "envoy"]);

/** Role nouns: an ordinary word right before one qualifies it ("foreign leaders") and is accepted as such. */
/** Verbs of saying: in "what did X say about Y", whoever is named before one is the speaker. */
const SAY_VERBS = new Set(["say", "said", "says", "tell", "told", "state", "stated", "claim", "claimed", "comment", "commented", "remark", "remarked", "respond", "responded"]);

const ROLE_NOUNS = new Set(["leader", "leaders", "president", "presidents", "minister", "ministers", "official", "officials", "counterpart", "counterparts", "head", "heads", "envoy", "envoys", "ambassador", "ambassadors", "diplomat", "diplomats", "figure", "figures"]);

/** Words after which the rest of the question is its topic ("what did X say about …"). */
const TOPIC_OPENERS = new Set(["about", "regarding", "concerning", "discuss", "discussed", "discusses", "discussing", "on"]);

/** Words after which a name is a place ("in Qatar", "at Sandringham"). */
const PLACE_OPENERS = new Set(["in", "at", "near", "to"]);

const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x{1,3})$/;

/** Words of a name that say nothing by themselves ("da" of Lula da Silva, "al" of al-Sharaa, "van", "bin"). */
const PARTICLES = new Set(["da", "de", "di", "do", "dos", "das", "del", "della", "der", "den", "van", "von", "ter", "ten", "la", "le", "du", "des", "al", "el", "bin", "bint", "ibn", "ben", "abu", "y", "e"]);

/** Nouns of an encounter a relative clause may describe: "the meeting that X helped facilitate". */
const MEETING_NOUNS = new Set(["meeting", "meetings", "summit", "summits", "talks", "call", "calls", "conversation", "conversations", "session", "sessions", "encounter", "encounters", "visit", "negotiations", "signing", "ceremony", "conference", "gathering", "trip"]);
const RELATIVES = new Set(["that", "which"]);

/** Words before a noun phrase whose words may be a topic: "the peace agreement", "their trade deal". */
const DETERMINERS = new Set(["the", "a", "an", "their", "his", "her", "its", "our", "this", "these", "those", "of", "for"]);

/** Nouns a topic word may qualify: "peace agreement", "trade talks", "hostage deal". */
const TOPIC_HEADS = new Set(["agreement", "agreements", "deal", "deals", "treaty", "treaties", "accord", "accords", "ceremony", "ceremonies", "signing", "talks", "summit", "summits", "meeting", "meetings", "call", "calls", "conversation", "conversations", "negotiations", "issue", "issues", "matter", "matters", "case", "cases", "discussion", "discussions", "conference", "conferences", "session", "sessions"]);

/** Words that make a question one about encounters, which a topic word may then narrow. */
const ENCOUNTER_WORDS = new Set(`
meet meets met meeting meetings talk talks talked talking speak speaks spoke spoken speaking call calls called calling phone phoned
telephone telephoned rang discuss discussed discusses discussing discussion discussions confer conferred visit visited visits visiting
host hosted hosts hosting receive received receives receiving hold held holds attend attended attends attending join joined
participate participated sign signed signing summit summits sideline sidelines encounter encounters conversation conversations
session sessions negotiate negotiated negotiations exchange video videoconference agreement agreements deal deals treaty treaties
accord accords ceremony part together
`.split(/\s+/).filter(Boolean));

/** Adjectives of regions that name gatherings but no country: "the African Union summit", "the Arab League". */
const REGION_ADJECTIVES = new Set(["african", "asian", "european", "arab", "american", "pacific", "atlantic", "islamic", "nordic", "baltic", "caribbean", "latin", "eurasian", "commonwealth"]);

/** Words after which a name stands where a place goes ("in Warsaw", "at Camp David", "near Kyiv"). */
const PLACE_SLOT = new Set(["in", "at", "near"]);
/** Verbs after which "to" leads to a place ("travelled to Doha"). */
const TRAVEL = new Set(["go", "goes", "went", "travel", "travels", "travelled", "traveled", "fly", "flew", "flown", "trip", "trips"]);
/** Words after which a name stands where a person goes ("did Trump meet X", "Trump and X"): never a city there. */
const PERSON_SLOT = new Set(["meet", "meets", "met", "meeting", "with", "and", "between", "did", "does", "do", "whom", "called", "phoned", "receive", "received", "host", "hosted"]);

function slotOf(tokens: readonly Token[], i: number): PlaceSlot {
  const prev = tokens[i - 1]?.word ?? "";
  const before = tokens[i - 2]?.word ?? "";
  if (PLACE_SLOT.has(prev) || (prev === "the" && PLACE_SLOT.has(before))) return "presented";
  if (prev === "to" && TRAVEL.has(before)) return "presented";
  if (PERSON_SLOT.has(prev)) return "person";
  return "bare";
}

// ---------------------------------------------------------------------------
// Tokens

interface Token {
  /** As typed, possessive dropped. */
  readonly text: string;
  /** Folded: lower case, no accents. */
  readonly word: string;
  /** Typed with a capital first letter. */
  readonly capital: boolean;
  /** A "quoted phrase": one token of several words. */
  readonly quoted: boolean;
  /** Whether the token begins the question (a capital there says nothing). */
  readonly initial: boolean;
  /** Where it stands in the question (a quoted phrase: its quotation marks included). */
  readonly start: number;
  readonly end: number;
}

const QUOTED = /"([^"]{1,200})"|“([^“”]{1,200})”/g;
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;

function tokenize(question: string): Token[] {
  const out: Token[] = [];
  const add = (text: string, quoted: boolean, start: number, end: number) => {
    const clean = text.replace(POSSESSIVE, "");
    const word = fold(clean);
    if (word) out.push({ text: clean, word, capital: /^\p{Lu}/u.test(clean), quoted, initial: out.length === 0, start, end });
  };
  let last = 0;
  const plain = (text: string, offset: number) => {
    for (const m of text.matchAll(WORD)) {
      // "U.S." and "St." keep their dots as one word; a hyphenated word stays whole for ids and names.
      add(m[0], false, offset + m.index, offset + m.index + m[0].length);
    }
  };
  for (const m of question.matchAll(QUOTED)) {
    plain(question.slice(last, m.index), last);
    add((m[1] ?? m[2] ?? "").trim(), true, m.index, m.index + m[0].length);
    last = m.index + m[0].length;
  }
  plain(question.slice(last), last);
  return out;
}

/** The words a name or a phrase is matched by: folded, split at spaces, hyphens and dots. */
const keyWords = (s: string) => fold(s).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
const keyOf = (s: string) => keyWords(s).join(" ");

// ---------------------------------------------------------------------------
// Times

const YEAR = /^(?:1[89]|20|21)\d\d$/;
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const DECADE = /^(\d{3})0s$/;
const QUARTER = /^q([1-4])$/;
const HALF = /^h([12])$/;

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

interface Point {
  /** First and last day this point covers. */
  readonly start: string;
  readonly end: string;
  /** Tokens it took. */
  readonly length: number;
  /** Month (and day) given without a year: the year comes from the other end of a range. */
  readonly yearless?: { readonly month: number; readonly day: number | null };
}

function monthOf(word: string, neighbour: boolean): number | null {
  const m = MONTHS[word.replace(/\.$/, "")];
  if (m === undefined) return null;
  return SHY_MONTHS.has(word) && !neighbour ? null : m;
}

const span = (y: number, m1: number, m2: number, d1: number | null = null, d2: number | null = null): { start: string; end: string } => ({
  start: `${y}-${pad(m1)}-${pad(d1 ?? 1)}`,
  end: `${y}-${pad(m2)}-${pad(d2 ?? lastDay(y, m2))}`,
});

/** A day, month, year, quarter, half or decade starting at tokens[i], if one does. */
function pointAt(words: readonly string[], i: number): Point | null {
  const w = words[i] ?? "";
  const next = words[i + 1] ?? "";
  const after = words[i + 2] ?? "";
  const iso = ISO_DATE.exec(w);
  if (iso) {
    const y = Number(iso[1]);
    const m = Number(iso[2]);
    if (m < 1 || m > 12) return null;
    if (iso[3] === undefined) return { ...span(y, m, m), length: 1 };
    const d = Number(iso[3]);
    if (d < 1 || d > lastDay(y, m)) return null;
    return { ...span(y, m, m, d, d), length: 1 };
  }
  if (YEAR.test(w)) return { start: `${w}-01-01`, end: `${w}-12-31`, length: 1 };
  const decade = DECADE.exec(w);
  if (decade) return { start: `${decade[1]}0-01-01`, end: `${decade[1]}9-12-31`, length: 1 };
  const quarter = QUARTER.exec(w) ?? null;
  if (quarter && YEAR.test(next)) {
    const q = Number(quarter[1]);
    return { ...span(Number(next), q * 3 - 2, q * 3), length: 2 };
  }
  const half = HALF.exec(w);
  if (half && YEAR.test(next)) {
    const h = Number(half[1]);
    return { ...span(Number(next), h * 6 - 5, h * 6), length: 2 };
  }
  // "first half of 2025", "the third quarter of 2024"
  const ordinal = ORDINALS[w];
  if (ordinal !== undefined && (next === "half" || next === "quarter") && after === "of" && YEAR.test(words[i + 3] ?? "")) {
    const y = Number(words[i + 3]);
    if (next === "half") return ordinal <= 2 || ordinal === 4 ? { ...span(y, ordinal === 1 ? 1 : 7, ordinal === 1 ? 6 : 12), length: 4 } : null;
    return { ...span(y, ordinal * 3 - 2, ordinal * 3), length: 4 };
  }
  // "16 June 2021", "16 June"
  const day = DAY.exec(w);
  if (day) {
    const month = monthOf(next, true);
    if (month !== null) {
      const d = Number(day[1]);
      if (YEAR.test(after)) return d >= 1 && d <= lastDay(Number(after), month) ? { ...span(Number(after), month, month, d, d), length: 3 } : null;
      return d >= 1 && d <= 31 ? { start: "", end: "", length: 2, yearless: { month, day: d } } : null;
    }
  }
  // "June 16, 2021", "June 16", "June 2021", "June"
  const month = monthOf(w, YEAR.test(next) || DAY.test(next));
  if (month !== null) {
    const d = DAY.exec(next);
    if (d && !YEAR.test(next)) {
      const dn = Number(d[1]);
      if (YEAR.test(after)) return dn >= 1 && dn <= lastDay(Number(after), month) ? { ...span(Number(after), month, month, dn, dn), length: 3 } : null;
      return dn >= 1 && dn <= 31 ? { start: "", end: "", length: 2, yearless: { month, day: dn } } : null;
    }
    if (YEAR.test(next)) return { ...span(Number(next), month, month), length: 2 };
    return { start: "", end: "", length: 1, yearless: { month, day: null } };
  }
  return null;
}

const withYear = (p: Point, year: number): Point => {
  if (!p.yearless) return p;
  const { month, day } = p.yearless;
  return { ...span(year, month, month, day, day), length: p.length };
};

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

interface TimeMatch {
  readonly range: TimeRange;
  /** Index of the first token and how many the phrase took. */
  readonly at: number;
  readonly length: number;
}

/** The first time phrase in the question, if any; a month with no year anywhere near is left unread. */
function findTime(tokens: readonly Token[]): TimeMatch | null {
  const words = tokens.map((t) => t.word);
  const text = (at: number, length: number) => tokens.slice(at, at + length).map((t) => t.text).join(" ");
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const lead = w === "the" ? 1 : 0;
    // between A and B; from A to/until/through B
    if (w === "between" || w === "from") {
      const a = pointAt(words, i + 1);
      if (a) {
        const joiner = words[i + 1 + a.length] ?? "";
        const b = (w === "between" ? joiner === "and" : ["to", "until", "till", "through", "thru"].includes(joiner)) ? pointAt(words, i + 2 + a.length) : null;
        if (b && !b.yearless) {
          const from = withYear(a, Number(b.start.slice(0, 4)));
          const length = 2 + a.length + b.length;
          return { range: { from: from.start, to: b.end, label: text(i, length) }, at: i, length };
        }
        if (w === "from" && !a.yearless) return { range: { from: a.start, to: null, label: text(i, 1 + a.length) }, at: i, length: 1 + a.length };
      }
      continue;
    }
    if (w === "since" || w === "after" || w === "before" || w === "until" || w === "till" || w === "by") {
      const p = pointAt(words, i + 1);
      if (p && !p.yearless) {
        const length = 1 + p.length;
        const label = text(i, length);
        const range = w === "since" ? { from: p.start, to: null, label }
          : w === "after" ? { from: dayAfter(p.end), to: null, label }
          : w === "before" ? { from: null, to: dayBefore(p.start), label }
          : { from: null, to: p.end, label };
        return { range, at: i, length };
      }
      continue;
    }
    // in/on/during [the] POINT, or POINT alone; "in February and March 2025" as one span.
    const opener = ["in", "on", "during", "of"].includes(w) ? 1 : 0;
    if (opener) {
      const a = pointAt(words, i + 1);
      const joiner = a ? words[i + 1 + a.length] ?? "" : "";
      const b = a?.yearless && (joiner === "and" || joiner === "or") ? pointAt(words, i + 2 + a.length) : null;
      if (a && b && !b.yearless) {
        const length = 2 + a.length + b.length;
        return { range: { from: withYear(a, Number(b.start.slice(0, 4))).start, to: b.end, label: text(i, length) }, at: i, length };
      }
    }
    const p = pointAt(words, i + opener + (opener ? (words[i + 1] === "the" ? 1 : 0) : lead));
    if (p && !p.yearless) {
      const length = opener + (opener ? (words[i + 1] === "the" ? 1 : 0) : lead) + p.length;
      return { range: { from: p.start, to: p.end, label: text(i, length) }, at: i, length };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// What the index holds: names, places and events as words

interface Term {
  readonly type: "person" | "place";
  /** A person's id, or the place's name as the index spells it. */
  readonly ref: string;
  /** full: a whole name or place; surname: a name's last word; given: its first; inner: a word inside it ("Lula"). */
  readonly strength: 0 | 1 | 2 | 3;
}

interface Vocabulary {
  readonly terms: ReadonlyMap<string, readonly Term[]>;
  readonly longest: number;
  /** Of the place terms' refs, the gatherings' names ("G20 Summit"): matched as gatherings, however an article names them. */
  readonly events: ReadonlySet<string>;
}

function vocabulary(index: Index): Vocabulary {
  const terms = new Map<string, Term[]>();
  let longest = 1;
  const add = (key: string, term: Term) => {
    if (key.length < 2) return;
    const list = terms.get(key) ?? [];
    if (list.some((t) => t.type === term.type && t.ref === term.ref && t.strength <= term.strength)) return;
    terms.set(key, [...list.filter((t) => !(t.type === term.type && t.ref === term.ref)), term]);
    longest = Math.max(longest, key.split(" ").length);
  };
  for (const p of index.people) {
    for (const name of [p.name, ...p.aliases]) {
      const words = keyWords(name).filter((w, i) => i === 0 || !ROMAN.test(w));
      if (words.length === 0) continue;
      add(words.join(" "), { type: "person", ref: p.id, strength: 0 });
      // "al sharaa", "jong un": every ending of two words or more is the person too.
      for (let k = 1; k < words.length - 1; k++) add(words.slice(k).join(" "), { type: "person", ref: p.id, strength: 0 });
      const last = words[words.length - 1] as string;
      if (words.length > 1 && last.length >= 3 && !GRAMMAR.has(last)) add(last, { type: "person", ref: p.id, strength: 1 });
      // The first word too, weakest ("Xi" for Xi Jinping, whose surname comes first).
      const first = words[0] as string;
      if (words.length > 1 && first.length >= 2 && !GRAMMAR.has(first)) add(first, { type: "person", ref: p.id, strength: 2 });
      // Any other word that is no particle ("Lula" of Luiz Inácio Lula da Silva), weakest of all: taken only when it names one person.
      for (const inner of words.slice(1, -1)) if (inner.length >= 3 && !PARTICLES.has(inner) && !GRAMMAR.has(inner)) add(inner, { type: "person", ref: p.id, strength: 3 });
    }
  }
  const place = (name: string | null | undefined) => {
    if (!name) return;
    add(keyOf(name), { type: "place", ref: name, strength: 0 });
    for (const part of name.split(",")) if (part.trim() !== name) add(keyOf(part), { type: "place", ref: part.trim(), strength: 0 });
    // "Versailles" for "Palace of Versailles": a word of a place's name that is no ordinary word names it too.
    const words = keyWords(name);
    // (Whether the word is an ordinary one is asked when a question uses it, not for every place here.)
    if (words.length > 1) for (const w of words) if (w.length >= 4 && !GRAMMAR.has(w)) add(w, { type: "place", ref: name, strength: 1 });
    // Its endings ("General Assembly") and initials ("UN General Assembly", "UNGA", "APEC") name it too.
    for (let k = 1; k < words.length - 1; k++) if (!GRAMMAR.has(words[k] as string)) add(words.slice(k).join(" "), { type: "place", ref: name, strength: 0 });
    const initials = (ws: readonly string[]) => ws.map((w) => w[0]).join("");
    for (let k = 2; k <= words.length && words.length > 1; k++) add([initials(words.slice(0, k)), ...words.slice(k)].join(" "), { type: "place", ref: name, strength: 0 });
  };
  const events = new Set<string>();
  for (const e of index.encounters) {
    for (const n of [e.location?.name, e.location?.city, e.location?.country, e.location?.venue]) place(n);
    for (const w of e.whereabouts) place(w.place);
    if (e.event) {
      events.add(e.event);
      place(e.event);
      // "the G20" for "G20 summit": an event is named without its kind word as often as with it.
      const bare = keyWords(e.event).filter((w) => !GRAMMAR.has(w));
      if (bare.length && bare.length < keyWords(e.event).length) add(bare.join(" "), { type: "place", ref: e.event, strength: 0 });
    }
  }
  return { terms, longest, events };
}

/** One vocabulary per index: a question the CLI reads twice (see askQuestion) builds it once. */
const vocabularies = new WeakMap<Index, Vocabulary>();

function vocabularyOf(index: Index): Vocabulary {
  let v = vocabularies.get(index);
  if (!v) {
    v = vocabulary(index);
    vocabularies.set(index, v);
  }
  return v;
}

// ---------------------------------------------------------------------------
// Intent and kind

const has = (words: ReadonlySet<string>, ...list: string[]) => list.some((w) => words.has(w));

function classify(tokens: readonly Token[]): { intent: Intent; kind: KindClass; order: "first" | "last" | null } {
  const words = tokens.map((t) => t.word);
  const set = new Set(words);
  const first = words[0] ?? "";
  const second = words[1] ?? "";
  const at = (w: string) => words.indexOf(w);

  let kind: KindClass = "any";
  const kinds = new Set<KindClass>();
  if (has(set, "video", "videos", "videoconference", "videoconferences", "virtual", "virtually", "teleconference", "online")) kinds.add("video");
  if (has(set, "call", "calls", "called", "calling", "phone", "phoned", "phones", "phoning", "telephone", "telephoned", "rang")) kinds.add("remote");
  if (has(set, "summit", "summits")) kinds.add("summit");
  if (has(set, "sideline", "sidelines")) kinds.add("sideline");
  if (has(set, "meet", "met", "meets", "meeting", "meetings", "visit", "visited", "visits", "host", "hosted", "hosts", "receive", "received", "in-person", "face-to-face") || (set.has("person") && at("person") > 0 && words[at("person") - 1] === "in")) kinds.add("in-person");
  // "a phone call or an in-person meeting": the question is which, so any kind answers it.
  const either = set.has("or") && kinds.size > 1;
  if (!either) {
    if (kinds.has("video")) kind = "video";
    else if (kinds.has("remote")) kind = "remote";
    else if (kinds.has("sideline")) kind = "sideline";
    else if (kinds.has("summit")) kind = "summit";
    else if (kinds.has("in-person")) kind = "in-person";
  }

  let intent: Intent = "find";
  // "which presidents were at the … summit" asks who was in the room, as "who attended" does.
  const wereAt = ["were", "was"].some((v) => at(v) >= 0 && words[at(v) + 1] === "at");
  const after = (w: string, list: readonly string[]) => at(w) >= 0 && words.slice(at(w) + 1).some((x) => list.includes(x));
  const sayVerbs = [...SAY_VERBS];
  const attendVerbs = ["attend", "attended", "attends", "attending", "present", "participate", "participated", "participating", "accompany", "accompanied", "delegation", "delegations", "room", "there", "part", "join", "joined"];
  const wh = first === "who" || first === "whom" || (first === "which" && ["leader", "leaders", "people", "person", "presidents", "president", "officials", "ministers", "minister", "counterparts", "religious", "foreign", "world", "other"].some((w) => words.slice(1, 4).includes(w)));
  if (set.has("how") && (after("how", ["long"]))) intent = "duration";
  else if ((set.has("how") && after("how", ["many", "often"])) || (first === "number" && second === "of") || (first === "count")) intent = "count";
  else if ((set.has("what") && after("what", sayVerbs)) || has(set, "quotes", "quote", "quoted", "statement", "statements", "remarks")) intent = "quotes";
  else if (wh && (after(first, attendVerbs) || wereAt || (set.has("took") && set.has("part")) || (set.has("take") && set.has("part")))) intent = "attendees";
  else if (wh) intent = "who";
  else if (first === "where" || (first === "in" && second === "which")) intent = "where";
  else if (first === "when" || (first === "what" && ["date", "day", "year", "month", "time"].includes(second)) || (first === "on" && second === "what")) intent = "when";
  else if (["did", "do", "does", "has", "have", "had", "was", "were", "is", "are"].includes(first)) intent = "did";

  let order: "first" | "last" | null = null;
  if (has(set, "first", "earliest") && !(set.has("half") || set.has("quarter"))) order = "first";
  // "how long did it last" asks a duration: "last" there is a verb.
  else if (has(set, "latest", "recent", "recently", "previous") || (set.has("last") && intent !== "duration" && !set.has("half") && !set.has("quarter"))) order = "last";
  if (set.has("most") && set.has("recent")) order = "last";
  return { intent, kind, order };
}

// ---------------------------------------------------------------------------
// Reading a question

const isGrammarWord = (t: Token) => !t.quoted && GRAMMAR.has(t.word);

/**
 * What each word is: grammar, a time, an id, a name the index holds (entity), a gathering (event), the topic, a
 * qualifier of a role noun, a name in a clause describing the encounter (context), a lower-case word that may be a
 * topic (candidate, decided once the rest is read), or not understood.
 */
type Role = "grammar" | "time" | "id" | "entity" | "event" | "topic" | "qualifier" | "context" | "candidate" | "unknown";

/** Whether every name is a run of the words of the longest ("Lula da Silva" in "Luiz Inácio Lula da Silva"): one person. */
function nested(persons: readonly PersonRecord[]): boolean {
  const longest = keyWords(persons.reduce((a, b) => (keyWords(b.name).length > keyWords(a.name).length ? b : a)).name).join(" ");
  return persons.every((p) => ` ${longest} `.includes(` ${keyWords(p.name).join(" ")} `));
}

/** Whether a phrase occurs in a text as whole words ("UN" is not in "under"). */
function hasWords(text: string, phrase: string): boolean {
  const t = ` ${keyWords(text).join(" ")} `;
  return t.includes(` ${keyWords(phrase).join(" ")} `);
}

export function understand(index: Index, question: string, lexicon: Lexicon = loadLexicon(), world: World | null = null): Understanding {
  const tokens = tokenize(question);
  const classified = classify(tokens);
  const { intent, order } = classified;
  let kind = classified.kind;
  const roles: Role[] = tokens.map(() => "grammar");
  const vocab = vocabularyOf(index);
  const personById = new Map(index.people.map((p) => [p.id, p]));
  let wantsWorld = false;

  // Dates first: "May 2019" is a month, not Theresa May.
  const time = findTime(tokens);
  if (time) for (let k = time.at; k < time.at + time.length; k++) roles[k] = "time";

  // An id: a hyphenated word the index resolves ("geneva-2021", "helsinki-2018-07").
  let encounter: EncounterRecord | null = null;
  tokens.forEach((t, i) => {
    if (roles[i] !== "grammar" || !t.word.includes("-") || !/\d/.test(t.word)) return;
    const e = resolveEncounterId(index, t.word);
    if (e) {
      encounter ??= e;
      roles[i] = "id";
    }
  });

  // Where "about …" starts: what is named after it is what was said about, or the topic.
  const topicStart = tokens.findIndex((t, i) => TOPIC_OPENERS.has(t.word) && t.word !== "on" && roles[i] === "grammar");
  let topicAsked = false;

  // "the meeting that Kurt Volker helped facilitate": the clause's subject describes the encounter, it is not asked to have been in it.
  // The rest of the clause ("helped prepare") says what they did: its ordinary words are accepted, not used.
  const clause = new Set<number>();
  const clauseRest = new Set<number>();
  tokens.forEach((t, i) => {
    if (!RELATIVES.has(t.word) || !MEETING_NOUNS.has(tokens[i - 1]?.word ?? "")) return;
    let j = i + 1;
    for (; j < tokens.length; j++) {
      const w = tokens[j] as Token;
      if (roles[j] !== "grammar" || (!w.capital && !w.quoted && !["the", "a", "an"].includes(w.word))) break;
      clause.add(j);
    }
    for (; j < tokens.length && roles[j] === "grammar" && !PLACE_SLOT.has(tokens[j]?.word ?? ""); j++) clauseRest.add(j);
  });

  // Names and places the index holds, longest first ("kim jong un" before "kim"), on sub-words of each token.
  const people = new Map<string, PersonRecord>();
  const speakers = new Map<string, PersonRecord>();
  const context = new Map<string, PersonRecord>();
  const personTokens = new Set<number>();
  const places: string[] = [];
  const placeGroups: string[][] = [];
  const mentioned: string[] = [];
  const worldPlaces: string[] = [];
  const corrections: Array<{ typed: string; read: string }> = [];
  const remarks: string[] = [];
  const events: GatheringNamed[] = [];
  // For "what did X say about Y", X is whoever is named before the verb of saying.
  const sayAt = intent === "quotes" ? tokens.findIndex((t) => SAY_VERBS.has(t.word)) : -1;
  const topic: string[] = [];
  // After "about" or "discuss", what is named is what was talked about ("discuss a Gaza hostage deal"), unless "in" or "at" places it.
  const isTopic = (i: number) => intent !== "quotes" && topicStart >= 0 && i > topicStart && slotOf(tokens, i) !== "presented";
  const addPlace = (group: readonly string[]) => {
    placeGroups.push([...group]);
    for (const ref of group) if (!places.includes(ref)) places.push(ref);
  };
  /** A place the gazetteer knows: by its own spelling when that is a curated name ("Geneve" is Geneva), else as typed. */
  const addWorldPlace = (typed: string, wp: WorldPlace) => {
    const canonical = wp.major || fold(wp.name) === fold(typed) ? wp.name : typed;
    if (fold(canonical) !== fold(typed)) corrections.push({ typed, read: canonical });
    addPlace([canonical]);
    worldPlaces.push(canonical);
  };
  const take = (terms: readonly Term[], i: number, n: number): boolean => {
    const strongest = Math.min(...terms.map((t) => t.strength));
    // A given name and a word inside a name are one tier: "Lula" is the first word of one record and inside another.
    const best = terms.filter((t) => t.strength === strongest || (strongest >= 2 && t.strength >= 2));
    const persons = best.filter((t) => t.type === "person").map((t) => personById.get(t.ref)).filter((p): p is PersonRecord => !!p);
    const placeTerms = best.filter((t) => t.type === "place");
    // "in Jordan" is the country even where a Jordan is also a person.
    const prev = tokens[i - 1]?.word ?? "";
    const asPlace = placeTerms.length > 0 && (persons.length === 0 || PLACE_OPENERS.has(prev) || (prev === "the" && PLACE_OPENERS.has(tokens[i - 2]?.word ?? "")));
    if (asPlace) {
      if (isTopic(i)) {
        for (let k = i; k < i + n; k++) topic.push(...keyWords(tokens[k]?.text ?? ""));
        topicAsked = true;
        return true;
      }
      const group = [...new Set(placeTerms.map((t) => t.ref))];
      // "at the G20": a gathering the index records, looked for as one ("Group of 20 summit" too).
      if (group.every((ref) => vocab.events.has(ref))) {
        const name = group[0] as string;
        events.push({ name, core: eventCore(name), used: true, byText: false });
        if (!places.includes(name)) places.push(name);
        return true;
      }
      addPlace(group);
      return true;
    }
    if (persons.length === 0) return false;
    // A word inside a full name ("Lula") names someone only when it names one person, or one under a shorter and a
    // fuller name ("Lula da Silva", "Luiz Inácio Lula da Silva"), the one then in most encounters.
    if (strongest >= 2 && persons.length > 1 && best.some((t) => t.strength === 3) && !nested(persons)) return false;
    // A surname or given name where a place goes ("met in Jordan") may be a place the index does not hold: the world says.
    if (strongest > 0 && n === 1 && slotOf(tokens, i) === "presented") {
      if (!world) wantsWorld = true;
      else {
        const typed = tokens[i]?.text ?? "";
        const wp = world.place(typed, "presented");
        if (wp) {
          addWorldPlace(typed, wp);
          return true;
        }
      }
    }
    // A surname several people share names the one in most encounters; namesakes alike in that are all taken.
    const most = Math.max(0, ...persons.map((p) => p.encounters.length));
    const chosen = strongest === 0 ? persons : persons.filter((p) => p.encounters.length === most);
    for (let k = i; k < i + n; k++) personTokens.add(k);
    if (clause.has(i)) {
      for (const p of chosen) context.set(p.id, p);
      return true;
    }
    // "talk about Bolton's resignation": a person after "about" is what was talked about, not who talked; looked for in
    // the text by surname, or as typed when only a given name or a word of the name was ("about Anne Sacoolas").
    if (intent !== "quotes" && topicStart >= 0 && i > topicStart) {
      if (strongest <= 1) for (const p of chosen) topic.push(fold(p.name.split(" ").pop() ?? p.name));
      else for (let k = i; k < i + n; k++) topic.push(...keyWords(tokens[k]?.text ?? ""));
      topicAsked = true;
      return true;
    }
    for (const p of chosen) {
      people.set(p.id, p);
      if (intent === "quotes" && (sayAt < 0 || i < sayAt)) speakers.set(p.id, p);
    }
    return true;
  };
  const subwords = tokens.map((t) => keyWords(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (roles[i] !== "grammar" && roles[i] !== undefined) continue;
    for (let n = Math.min(vocab.longest, tokens.length - i); n >= 1; n--) {
      const span = Array.from({ length: n }, (_, k) => i + k);
      if (span.some((k) => roles[k] !== "grammar")) continue;
      const key = span.flatMap((k) => subwords[k] ?? []).join(" ");
      const terms = vocab.terms.get(key);
      if (!terms) continue;
      // A grammar word alone ("state", "summit") is grammar, unless typed with a capital mid-question.
      if (n === 1 && GRAMMAR.has(key) && !(tokens[i]?.capital && !tokens[i]?.initial)) continue;
      // "house" alone is not the White House: one word of a place's name counts only when it is no ordinary word.
      if (n === 1 && terms.every((t) => t.type === "place" && t.strength > 0) && lexicon.isEnglishWord(key)) continue;
      if (!take(terms, i, n)) continue;
      for (const k of span) roles[k] = "entity";
      // "King Abdullah II": a regnal number after a name belongs to it.
      if (tokens[i + n] && ROMAN.test(tokens[i + n]?.word ?? "") && tokens[i + n]?.capital) roles[i + n] = "entity";
      i += n - 1;
      break;
    }
  }

  // A name of several words typed with a mistake ("Xi Jinpng", "Kim Jong Um"): the words together against whole names.
  const multiwordKeys = [...vocab.terms.keys()].filter((k) => k.includes(" "));
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(4, tokens.length - i); n >= 2; n--) {
      const span = Array.from({ length: n }, (_, k) => i + k);
      // At least one word still unread, and none read as something else already but as a weaker part of a name.
      if (!span.some((k) => roles[k] === "grammar" && !isGrammarWord(tokens[k] as Token)) || span.some((k) => roles[k] !== "grammar" && roles[k] !== "entity")) continue;
      const typed = span.map((k) => tokens[k]?.word ?? "").join(" ");
      const budget = typoBudget(typed.replace(/ /g, "").length);
      const hits = multiwordKeys.filter((k) => k.split(" ").length === n && editDistance(typed, k, budget) <= budget);
      const refs = new Set(hits.flatMap((k) => (vocab.terms.get(k) ?? []).map((t) => `${t.type}:${t.ref}`)));
      if (hits.length === 0 || refs.size !== 1) continue;
      if (!take(vocab.terms.get(hits[0] as string) ?? [], i, n)) continue;
      for (const k of span) roles[k] = "entity";
      corrections.push({ typed: span.map((k) => tokens[k]?.text).join(" "), read: hits[0] as string });
      i += n - 1;
      break;
    }
  }

  // What is left and not grammar: a typo of a name, a topic, a qualifier, a word that may be a topic, or unknown.
  const ignored: string[] = [];
  const singleTerms = [...vocab.terms.keys()];
  tokens.forEach((t, i) => {
    if (roles[i] !== "grammar") return;
    if (isGrammarWord(t)) return;
    // A typo of a name or place the index holds, when the word is no ordinary word or country.
    const budget = typoBudget([...t.word].length);
    if (budget > 0 && !t.quoted && !lexicon.isEnglishWord(t.word) && !lexicon.isCountry(t.word)) {
      let best = budget + 1;
      let hits: string[] = [];
      for (const key of singleTerms) {
        if (Math.abs(key.length - t.word.length) > budget) continue;
        const d = editDistance(t.word, key, budget);
        if (d < best) {
          best = d;
          hits = [key];
        } else if (d === best) hits.push(key);
      }
      if (best <= budget) {
        const terms = hits.flatMap((k) => vocab.terms.get(k) ?? []);
        const refs = new Set(terms.map((x) => `${x.type}:${x.ref}`));
        const personRefs = new Set(terms.filter((x) => x.type === "person").map((x) => x.ref));
        // Two different people equally close is a guess, not a correction.
        if (personRefs.size <= 1 || refs.size === personRefs.size) {
          // A place the world knows is that place, not a misspelt name: "Genova" is Genoa, not Geneva.
          const slot = slotOf(tokens, i);
          if (slot !== "person" && !world) wantsWorld = true;
          if (slot !== "person" && world?.place(t.text, slot)) {
            roles[i] = "unknown";
            return;
          }
          if (take(terms, i, 1)) {
            roles[i] = "entity";
            corrections.push({ typed: t.text, read: hits[0] as string });
            return;
          }
        }
      }
    }
    if (clause.has(i) && (t.capital || t.quoted)) {
      roles[i] = "context";
      return;
    }
    if (clauseRest.has(i) && !t.capital && !t.quoted && lexicon.isEnglishWord(t.word)) {
      roles[i] = "qualifier";
      ignored.push(t.text);
      return;
    }
    if (topicStart >= 0 && i > topicStart) {
      // A topic is looked for in the text; a name in it the corpus never mentions is reported like any other.
      const nameLike = t.capital || t.quoted || !lexicon.isEnglishWord(t.word);
      if (!nameLike || corpusMentions(index, t.word)) {
        roles[i] = "topic";
        topic.push(t.word);
        topicAsked = true;
        return;
      }
    }
    // "foreign leaders", "religious leader": an ordinary word before a role noun describes it.
    const next = tokens[i + 1];
    if (next && ROLE_NOUNS.has(next.word) && !t.capital && lexicon.isEnglishWord(t.word)) {
      roles[i] = "qualifier";
      ignored.push(t.text);
      return;
    }
    // "the peace agreement": an ordinary word in lower case may say what the encounter was about (decided below).
    if (!(t.capital && !t.initial) && !t.quoted && lexicon.isEnglishWord(t.word)) {
      roles[i] = "candidate";
      return;
    }
    roles[i] = "unknown";
  });

  // Unknown words right after "in"/"at" that sources quote in an encounter's evidence name a place the index has no field for.
  tokens.forEach((t, i) => {
    if (roles[i] !== "unknown") return;
    const prev = tokens[i - 1];
    const placeLike = (prev && (PLACE_OPENERS.has(prev.word) || (prev.word === "the" && tokens[i - 2] && PLACE_OPENERS.has(tokens[i - 2]?.word ?? "")))) || roles[i - 1] === "entity";
    if (!placeLike || !(t.capital || t.quoted)) return;
    // Take the run of unknown capitalised words as one phrase ("White House", "Bali").
    let j = i;
    while (roles[j + 1] === "unknown" && tokens[j + 1]?.capital) j++;
    const phrase = tokens.slice(i, j + 1).map((x) => x.text).join(" ");
    const quoted = index.encounters.some((e) => e.sources.some((s) => hasWords(s.quote, phrase)));
    if (!quoted) return;
    places.push(phrase);
    placeGroups.push([phrase]);
    mentioned.push(phrase);
    for (let k = i; k <= j; k++) roles[k] = "entity";
  });

  // What the corpus does not explain, the world may: gatherings, titles and places.
  if (world) {
    const open = (k: number) => roles[k] === "unknown" || roles[k] === "candidate" || roles[k] === "grammar";
    const addEvent = (from: number, to: number) => {
      if (!Array.from({ length: to - from }, (_, k) => from + k).some((k) => roles[k] === "unknown" || roles[k] === "candidate")) return;
      const name = question.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
      for (let k = from; k < to; k++) roles[k] = "event";
      const core = eventCore(name);
      // At a gathering the corpus records (in an event field or in the text its sources quote), the answer is narrowed to it;
      // at one it never mentions, a yes/no or a count is about it (and so "no"), anything else is answered without it.
      const found = eventIn(index.encounters, core);
      const held = found !== null;
      const used = held || intent === "did" || intent === "count";
      events.push({ name, core, used, byText: found === "text" });
      if (!held) remarks.push(`no encounter in this corpus is recorded at ${/^the\s/i.test(name) ? name.replace(/^the/i, "the") : `the ${name}`}${used ? "" : "; not checked"}`);
      if (!used) ignored.push(name);
    };
    // The lexicon's gatherings: "the G20", "APEC", "UN General Assembly" (said as one, or after "at", "during", "of").
    for (const ev of world.events(question)) {
      const covered = tokens.map((_, k) => k).filter((k) => (tokens[k] as Token).start >= ev.start && (tokens[k] as Token).end <= ev.end);
      const first = covered[0];
      if (first === undefined || !covered.every(open)) continue;
      const words = covered.map((k) => tokens[k]?.word ?? "");
      const before = tokens[first - 1]?.word ?? "";
      const named = words.some((w) => EVENT_HEADS.has(w) || /\d/.test(w)) || words.join(" ").includes("general assembly") || words.includes("unga") || ["at", "in", "during", "of", "the"].includes(before);
      if (named) addEvent(first, (covered[covered.length - 1] as number) + 1);
    }
    // Capitalised words before or ending in a gathering's noun: "the African Union summit", "the World Economic Forum".
    const eventWord = (t: Token) => /^\p{Lu}{2,6}$/u.test(t.text) || /\d/.test(t.word) || GRAMMAR.has(t.word) || REGION_ADJECTIVES.has(t.word) || lexicon.isEnglishWord(t.word) || world.place(t.text, "bare") !== null;
    for (let i = 0; i < tokens.length; i++) {
      let from = i;
      let j = i;
      while (j < tokens.length && (tokens[j] as Token).capital && !(tokens[j] as Token).quoted && open(j) && eventWord(tokens[j] as Token)) j++;
      if (j === i) continue;
      while (from < j && (tokens[from] as Token).initial && isGrammarWord(tokens[from] as Token)) from++;
      const headInside = j - 1 > from && EVENT_HEADS.has(tokens[j - 1]?.word ?? "");
      const headAfter = from < j && tokens[j] !== undefined && !(tokens[j] as Token).capital && EVENT_HEADS.has(tokens[j]?.word ?? "") && roles[j] === "grammar";
      if (from < j && (headInside || headAfter)) addEvent(from, headAfter ? j + 1 : j);
      i = j;
    }
    // Titles and roles ("Taoiseach Leo Varadkar", "Special Envoy Khalilzad"): part of the grammar before a name.
    for (let i = 0; i < tokens.length; i++) {
      const isRole = (k: number) => (roles[k] === "unknown" || roles[k] === "candidate" || roles[k] === "grammar") && (world.isTitle(tokens[k]?.word ?? "") || world.isRoleModifier(tokens[k]?.word ?? ""));
      if (!isRole(i)) continue;
      let j = i;
      while (j < tokens.length && isRole(j)) j++;
      const run = Array.from({ length: j - i }, (_, k) => i + k);
      const titled = run.some((k) => world.isTitle(tokens[k]?.word ?? ""));
      // Before a person named, or a role in lower case not after "the" ("which envoys"): "the Taoiseach" names no one.
      const beforeName = personTokens.has(j);
      const roleNoun = run.every((k) => !(tokens[k] as Token).capital || (tokens[k] as Token).initial) && tokens[i - 1]?.word !== "the";
      if (titled && (beforeName || roleNoun)) for (const k of run) if (roles[k] === "unknown" || roles[k] === "candidate") roles[k] = "grammar";
      i = j;
    }
    // Places the world knows, the longest run of words first ("New Delhi"): a place of no encounter here is still a place.
    for (let i = 0; i < tokens.length; i++) {
      const slot = slotOf(tokens, i);
      if (roles[i] !== "unknown" && !(roles[i] === "candidate" && slot === "presented")) continue;
      let j = i;
      while (j + 1 < tokens.length && roles[j + 1] === "unknown" && tokens[j + 1]?.capital) j++;
      for (let end = j; end >= i; end--) {
        const typed = tokens.slice(i, end + 1).map((t) => t.text).join(" ");
        const wp = world.place(typed, slot);
        if (!wp) continue;
        addWorldPlace(typed, wp);
        for (let k = i; k <= end; k++) roles[k] = "entity";
        i = end;
        break;
      }
    }
  }
  // A gathering names the event; "summit" or "sidelines" then says nothing of the encounter's own kind.
  if (events.length && (kind === "summit" || kind === "sideline")) kind = "in-person";

  const named = people.size + places.length + (encounter ? 1 : 0) + events.length + context.size > 0 || time !== null;
  // Names in the clause the index does not hold: reported, when the rest of the question says what to answer.
  const contextNames: string[] = [];
  tokens.forEach((t, i) => {
    if (roles[i] !== "context") return;
    if (!named) roles[i] = "unknown";
    else if (roles[i - 1] === "context") contextNames[contextNames.length - 1] += ` ${t.text}`;
    else contextNames.push(t.text);
  });
  for (const name of contextNames) remarks.push(`${name} is not in this corpus; the encounter was not checked for them`);

  // Lower-case words a question about encounters describes them by ("the peace agreement", "trade talks"): the topic.
  const aboutEncounters = kind !== "any" || tokens.some((t) => ENCOUNTER_WORDS.has(t.word));
  const inPhrase = (i: number) => {
    let a = i;
    while (roles[a - 1] === "candidate" || roles[a - 1] === "topic") a--;
    let b = i;
    while (roles[b + 1] === "candidate" || roles[b + 1] === "topic") b++;
    return DETERMINERS.has(tokens[a - 1]?.word ?? "") || TOPIC_HEADS.has(tokens[b + 1]?.word ?? "");
  };
  const accepted = tokens.map((_, i) => roles[i] === "candidate" && named && aboutEncounters && inPhrase(i));
  tokens.forEach((t, i) => {
    if (roles[i] !== "candidate") return;
    if (accepted[i]) {
      roles[i] = "topic";
      topic.push(t.word);
    } else roles[i] = "unknown";
  });

  // "the Pope", "the president": someone the question does not name is someone it cannot be answered about.
  tokens.forEach((t, i) => {
    // (A plural, "the leaders", is a kind of people, not someone.)
    if (!(TITLES.has(t.word) || ((world?.isLeaderTitle(t.word) ?? false) && !t.word.endsWith("s"))) || tokens[i - 1]?.word !== "the") return;
    let j = i + 1;
    while (tokens[j] && (TITLES.has(tokens[j]?.word ?? "") || (world?.isTitle(tokens[j]?.word ?? "") ?? false))) j++;
    if (roles[j] !== "entity") roles[i] = "unknown";
  });
  const unknown: string[] = [];
  const unknownPlaces: string[] = [];
  tokens.forEach((t, i) => {
    if (roles[i] !== "unknown") return;
    unknown.push(t.text);
    const prev = tokens[i - 1]?.word ?? "";
    if (PLACE_OPENERS.has(prev) || (prev === "the" && PLACE_OPENERS.has(tokens[i - 2]?.word ?? ""))) unknownPlaces.push(t.text);
  });

  const range = time?.range ?? null;
  const year = range && range.from?.slice(0, 4) === range.to?.slice(0, 4) && range.from?.endsWith("-01-01") && range.to?.endsWith("-12-31") ? (range.from?.slice(0, 4) ?? null) : null;
  return {
    intent,
    people: [...people.values()],
    places: [...new Set(places)],
    placeGroups,
    mentioned: [...new Set(mentioned)],
    encounter,
    year,
    range,
    kind,
    order,
    topic,
    speakers: [...speakers.values()],
    corrections,
    ignored,
    unknown,
    unknownPlaces,
    events,
    worldPlaces: [...new Set(worldPlaces)],
    context: [...context.values()],
    contextNames,
    topicAsked,
    remarks,
    wantsWorld: wantsWorld || (!world && unknown.length > 0),
  };
}

// ---------------------------------------------------------------------------
// Answering

/** Whether any claim, evidence or topic in the index mentions a word. */
function corpusMentions(index: Index, word: string): boolean {
  const w = fold(word);
  return index.claims.some((c) => fold(c.text).includes(w) || fold(c.source.quote).includes(w))
    || index.encounters.some((e) => e.topics.some((t) => fold(t).includes(w)) || e.sources.some((s) => fold(s.quote).includes(w)));
}

function fitsKind(e: EncounterRecord, kind: KindClass): boolean {
  if (kind === "any") return true;
  if (isMode(kind)) return modeOf(e.kind) === kind;
  if (kind === "summit") return e.kind === "summit" || e.kind === "sideline";
  return e.kind === kind;
}

/** A word stem for matching topic words against text: "negotiations" finds "negotiation", "talked" "talks". */
const stem = (w: string) => (w.length > 5 ? w.replace(/(?:ations?|ings?|ed|es|s)$/, "") : w);

function mentionsAll(text: string, words: readonly string[]): boolean {
  const folded = fold(text);
  return words.every((w) => folded.includes(stem(w)));
}

function matchingEncounters(index: Index, u: Understanding, people: readonly PersonRecord[]): EncounterRecord[] {
  if (u.encounter) return [u.encounter];
  const mentioned = new Set(u.mentioned);
  const groups = u.placeGroups.filter((g) => !g.some((p) => mentioned.has(p))).map((g) => g.map(fold));
  const texts = u.mentioned.map(fold);
  // Someone in the room met the others there too: "when did Rubio and Lavrov meet" includes the summit both attended.
  const present = (e: EncounterRecord, id: string) => e.participants.some((x) => x.id === id) || (index.attendees[e.id] ?? []).some((x) => x.id === id);
  // With people named, only their encounters are read (an indexed look-up when the index is a store).
  const pool = people.length && index.lookups ? index.lookups.encountersWith(people.map((p) => p.id)) : index.encounters;
  return pool.filter((e) => {
    if (!people.every((p) => present(e, p.id))) return false;
    if (!fitsKind(e, u.kind)) return false;
    if (u.range && !withinBounds(e.date, u.range.from, u.range.to)) return false;
    if (groups.length) {
      const where = fold([e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event, ...e.whereabouts.map((w) => w.place)].filter(Boolean).join(" | "));
      if (!groups.every((g) => g.some((p) => where.includes(p)))) return false;
    }
    if (texts.length && !texts.every((p) => e.sources.some((s) => fold(s.quote).includes(p)))) return false;
    if (!u.events.every((ev) => !ev.used || atEvent(e, ev.core, ev.byText))) return false;
    return true;
  });
}

const names = (ps: readonly PersonRecord[]) => ps.map((p) => p.name).join(" and ");

function describe(u: Understanding): string {
  const what = u.kind === "any" ? "encounters" : u.kind === "in-person" ? "in-person meetings" : u.kind === "remote" ? "calls" : `${u.kind}s`;
  const parts = [u.encounter ? `encounter ${u.encounter.id}` : u.order ? `the ${u.order} of the ${what}` : what];
  const about = u.people.filter((p) => !u.speakers.some((s) => s.id === p.id));
  if (!u.encounter) {
    if (about.length) parts.push(`with ${names(about)}`);
    if (u.placeGroups.length) parts.push(`at ${u.placeGroups.map((g) => g.join(" or ")).join(" and ")}`);
    const at = u.events.filter((e) => e.used).map((e) => e.name.replace(/^the\s+/i, ""));
    if (at.length) parts.push(`at the ${at.join(" and the ")}`);
    if (u.range) parts.push(u.range.label);
    if (u.context.length) parts.push(`reported with ${names(u.context)}`);
  }
  const topic = u.topic.filter((w) => !u.ignored.includes(w));
  if (topic.length) parts.push(`mentioning ${topic.join(" ")}`);
  const lead: Record<Intent, string> = {
    when: "when:", where: "where:", attendees: "who attended", count: "how many", quotes: "", did: "whether there were", find: "find",
    who: "who took part in", duration: "how long were", unknown: "",
  };
  let text = u.intent === "quotes"
    ? `what ${u.speakers.length ? names(u.speakers) : "anyone"} said${about.length || u.places.length || u.encounter || u.kind !== "any" || u.range ? ` about ${parts.join(" ")}` : u.topic.length ? ` ${parts.slice(1).join(" ")}` : ""}`
    : `${lead[u.intent]} ${parts.join(" ")}`;
  if (u.corrections.length) text += ` (read ${u.corrections.map((c) => `"${c.typed}" as ${c.read}`).join(", ")})`;
  if (u.ignored.length) text += ` (not checked: ${u.ignored.join(", ")})`;
  return text;
}

const DISPUTED = (e: EncounterRecord) => e.disputes.some((d) => d.field === "note");

function countDisputes(index: Index, people: readonly PersonRecord[], counted: number): string[] {
  if (people.length < 2) return [];
  const notes: string[] = [];
  const WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12 };
  const surnames = people.map((p) => fold(p.name.split(" ").pop() ?? p.name));
  for (const c of index.claims) {
    const text = fold(c.source.quote);
    if (!surnames.every((s) => text.includes(s))) continue;
    const m = /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?:previous\s+|past\s+|prior\s+|in-person\s+)?(?:meetings|summits|encounters|times)\b/.exec(text);
    if (!m) continue;
    const n = WORDS[m[1] ?? ""] ?? Number(m[1]);
    if (n && n !== counted) notes.push(`sources disagree: ${c.source.document} says "${m[0]}", the corpus holds ${counted}`);
  }
  return [...new Set(notes)];
}

/** "for two hours", "lasted 90 minutes", "a three-hour meeting": how long, as the text says it. */
const DURATION = /\b(?:for|lasted|lasting|took|after|about|nearly|almost|roughly|over|some)\s+(?:(?:about|nearly|almost|roughly|more than|less than|over|some)\s+)?((?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|half an?)(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes?))\b|\b((?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?:-and-a-half)?-(?:hour|minute))\b/i;

function durationOf(index: Index, e: EncounterRecord): { text: string; document: string } | null {
  const texts = [...e.sources.map((s) => ({ text: s.quote, document: s.document })), ...index.claims.filter((c) => c.encounter === e.id).map((c) => ({ text: c.source.quote, document: c.source.document }))];
  for (const t of texts) {
    const m = DURATION.exec(t.text);
    if (m) return { text: (m[1] ?? m[2] ?? "").trim(), document: t.document };
  }
  return null;
}

/** Longer than any question; what is past it is not read (the parser's work grows with the words). */
const MAX_QUESTION = 2000;

const summary = (e: EncounterRecord) => `${e.date ?? "undated"}${e.location ? ` in ${e.location.name}` : ""} (${e.kind}${DISPUTED(e) ? ", disputed" : ""})`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Why a question is declined, naming what the corpus does not hold and the nearest names it does. */
function declineReason(index: Index, u: Understanding, lexicon: Lexicon): string {
  const people = [...new Set(index.people.map((p) => p.name))];
  const places = [...new Set(index.encounters.flatMap((e) => [e.location?.name, e.location?.country, e.event].filter((x): x is string => !!x)))];
  const nearest = (word: string) => {
    const w = fold(word);
    // A place for a word where a place goes ("in Warsaw"), else a person.
    const vocabulary = u.unknownPlaces.includes(word) ? places : people;
    // A hint, not an answer: a little looser than a typo, never most of the word.
    const limit = Math.min(typoBudget([...w].length) + 1, Math.floor(([...w].length - 1) / 2));
    return vocabulary
      .map((v) => ({ v, d: Math.min(editDistance(w, fold(v), limit), ...keyWords(v).map((k) => editDistance(w, k, limit))) }))
      // Sharing the first letter, as most misspellings do: a hint should look like what was typed.
      .filter((x) => x.d <= limit && fold(x.v).split(/[^\p{L}\p{N}]+/u).some((k) => k[0] === w[0]))
      .sort((a, b) => a.d - b.d || a.v.localeCompare(b.v))
      .slice(0, 3)
      .map((x) => x.v);
  };
  const [first, ...rest] = u.unknown;
  if (first === undefined) return "no person, place or encounter this corpus knows";
  const more = rest.length ? `; nor ${rest.map((r) => `"${r}"`).join(", ")}` : "";
  // An ordinary word typed in lower case is a word not understood; anything else is a name the corpus lacks.
  if (/^\p{Ll}+$/u.test(first) && lexicon.isEnglishWord(fold(first))) return `"${first}" is not a word summits understands in a question${more}`;
  const suggestions = nearest(first);
  return `"${first}" is not in this corpus${suggestions.length ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(", ")}?)` : ""}${more}`;
}

/**
 * A question, read with what the world knows when the corpus does not explain a word: the first reading uses the
 * index alone; only when it leaves a word not understood (or read as a typo) are the gazetteer, the titles and
 * the gatherings loaded (world.ts, not part of start-up) and the question read again with them.
 */
export async function askQuestion(index: Index, asked: string): Promise<AskAnswer> {
  const first = ask(index, asked);
  if (!first.understood.wantsWorld) return first;
  const { loadWorld } = await import("./world.js");
  return ask(index, asked, loadWorld());
}

/** askQuestion for a caller that has the world at hand (the eval harness): `world` is called only when the question needs it. */
export function askWithWorld(index: Index, asked: string, world: () => World): AskAnswer {
  const first = ask(index, asked);
  return first.understood.wantsWorld ? ask(index, asked, world()) : first;
}

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(", ");

export function ask(index: Index, asked: string, world: World | null = null): AskAnswer {
  const question = asked.slice(0, MAX_QUESTION);
  const lexicon = loadLexicon();
  let u = understand(index, question, lexicon, world);
  const none: AskResults = { type: "none", items: [] };
  const base = { question, announced: [], disputed: [], notes: [] } as const;
  const decline = (reading: string): AskAnswer => ({ ...base, understood: { ...u, intent: "unknown" }, reading, answer: "", results: none, count: 0, found: false });
  if (u.unknown.length) return decline(declineReason(index, u, lexicon));
  const timeAlone = u.range !== null && u.intent !== "quotes" && u.intent !== "duration";
  if (!u.encounter && u.people.length === 0 && u.places.length === 0 && u.events.length === 0 && u.context.length === 0 && !timeAlone) {
    return decline(u.range ? `only a time (${u.range.label}); name a person or a place` : "no person, place or encounter this corpus knows");
  }
  const remarks = [...u.remarks];
  const unused: string[] = [];
  // For "what did X say about Y", the encounters are Y's (with X when nothing else is named).
  const about = u.people.filter((p) => !u.speakers.some((s) => s.id === p.id));
  let matching = matchingEncounters(index, u, u.intent === "quotes" ? [...about, ...u.speakers] : u.people);
  // "what did Sullivan say about the Biden–Putin call": the speaker need not have been on it.
  if (u.intent === "quotes" && matching.length === 0 && about.length) matching = matchingEncounters(index, u, about);
  // "the meeting that X helped facilitate": one reported in an article that names X, when any is.
  if (u.context.length && u.intent !== "quotes") {
    const documents = new Set(u.context.flatMap((p) => p.documents));
    const reported = matching.filter((e) => e.sources.some((s) => documents.has(s.document)));
    if (reported.length) matching = reported;
    else if (matching.length) remarks.push(`no source of these encounters names ${names(u.context)}; not checked`);
  }
  // Topic words narrow to the encounters whose text mentions most of them; one none mentions is reported, not used.
  if (u.topic.length && u.intent !== "quotes") {
    const claimsOf = (e: EncounterRecord) => index.claims.filter((c) => c.encounter === e.id).map((c) => c.text).join(" ");
    const scored = matching.map((e) => {
      const text = [...e.topics, ...e.sources.map((s) => s.quote), claimsOf(e)].join(" ");
      return { e, words: u.topic.filter((w) => mentionsAll(text, [w])) };
    });
    const most = Math.max(0, ...scored.map((x) => x.words.length));
    if (most > 0) {
      matching = scored.filter((x) => x.words.length === most).map((x) => x.e);
      const used = new Set(scored.filter((x) => x.words.length === most).flatMap((x) => x.words));
      unused.push(...u.topic.filter((w) => !used.has(w)));
    } else if (matching.length && u.topicAsked && (u.intent === "did" || u.intent === "count")) {
      // "did X and Y discuss Z": Z is what is asked; encounters none of whose sources mention it do not answer yes.
      remarks.push(`no source of the ${plural(matching.length, "encounter")} mentions ${quoted(u.topic)}`);
      matching = [];
    } else unused.push(...u.topic);
    if (unused.length && matching.length) remarks.push(`no source mentions ${quoted(unused)}; not used`);
  }
  if (unused.length) u = { ...u, ignored: [...u.ignored, ...unused] };
  const reading = describe(u);
  let held = matching.filter((e) => e.status === "held");
  const announced = matching.filter((e) => e.status !== "held");
  if (u.order && held.length) held = [(u.order === "first" ? held[0] : held[held.length - 1]) as EncounterRecord];
  const disputed = held.filter(DISPUTED);
  const undisputed = held.filter((e) => !DISPUTED(e));
  // Why nothing matches, when the question names what no encounter has: a person in none, a place of none.
  const absent = u.people.filter((p) => p.encounters.length === 0);
  const why = absent.length ? `${names(absent)} ${absent.length === 1 ? "is" : "are"} in no encounter of this corpus` : "";
  if (held.length === 0) {
    const placed = (name: string) => index.encounters.some((e) => fold([e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event, ...e.whereabouts.map((w) => w.place)].filter(Boolean).join(" | ")).includes(fold(name)));
    for (const p of u.worldPlaces) if (!placed(p)) remarks.push(`no encounter in this corpus took place in ${p}`);
  }
  const notes = [...remarks, ...held.flatMap((e) => e.disputes.map((d) => d.field === "note"
    ? `${e.id} is disputed: ${d.values.map((v) => `${v.value} (${v.document})`).join("; ")}`
    : `sources disagree on the ${d.field} of ${e.id}: ${d.values.map((v) => `${v.value} (${v.document})`).join(" vs ")}`))];
  const nothing = `no encounter matches${why ? `: ${why}` : ""}`;
  const apart = disputed.length ? `, plus ${disputed.length} disputed: ${disputed.map((e) => e.id).join(", ")}` : "";
  const planned = announced.length ? ` (and ${announced.length} announced: ${announced.map((e) => e.id).join(", ")})` : "";
  const answered = (answer: string, results: AskResults, count: number, found: boolean, extra: Partial<AskAnswer> = {}): AskAnswer =>
    ({ question, understood: u, reading, answer, results, count, announced, disputed, notes, found, ...extra });

  if (u.intent === "attendees") {
    const target = u.encounter ?? (held.length === 1 ? held[0] : undefined);
    if (!target) {
      if (held.length > 1) return answered(`${held.length} encounters match; ask about one: ${held.map((e) => e.id).join(", ")}`, { type: "encounters", items: held }, held.length, true);
      return answered(`${nothing}${planned}`, none, 0, false);
    }
    const items = index.attendees[target.id] ?? [];
    return answered(`${plural(items.length, "person")} attended ${target.id}`.replace("persons", "people"), { type: "attendees", items, encounter: target }, items.length, items.length > 0);
  }
  if (u.intent === "quotes") {
    const speakers = new Set(u.speakers.map((p) => p.id));
    const aboutSomething = about.length > 0 || u.encounter !== null || u.places.length > 0 || u.kind !== "any" || u.range !== null;
    const chosen = u.order ? held : matching;
    const aboutIds = new Set(chosen.map((e) => e.id));
    const aboutDocs = new Set(chosen.flatMap((e) => e.sources.map((s) => s.document)));
    const bySpeaker = (c: ClaimRecord) => speakers.size === 0 || (c.speaker !== null && speakers.has(c.speaker.id));
    const aboutNames = about.map((p) => fold(p.name.split(" ").pop() ?? p.name));
    // Claims linked to the encounters, unlinked ones in the articles that report them, and any naming the person spoken of.
    const concerns = (c: ClaimRecord) => !aboutSomething
      || (c.encounter !== null ? aboutIds.has(c.encounter) : aboutDocs.has(c.source.document))
      || (aboutNames.length > 0 && aboutNames.every((n) => fold(c.text).includes(n)));
    const topical = (c: ClaimRecord) => u.topic.length === 0 || mentionsAll([c.text, c.source.quote, ...(c.encounter ? index.encounters.find((e) => e.id === c.encounter)?.topics ?? [] : [])].join(" "), u.topic);
    const strict = index.claims.filter((c) => bySpeaker(c) && concerns(c) && topical(c));
    if (strict.length) return answered(plural(strict.length, "statement"), { type: "claims", items: strict }, strict.length, true);
    // Nothing the speaker said is tied to what was asked about: say so, and give all they said rather than nothing.
    if (speakers.size) {
      const theirs = index.claims.filter(bySpeaker);
      const about = [u.topic.length ? `mentions "${u.topic.join(" ")}"` : "", aboutSomething ? "is tied to those encounters" : ""].filter(Boolean).join(" or ");
      if (theirs.length) return answered(`nothing ${names(u.speakers)} said ${about}; all ${plural(theirs.length, "statement")} by ${names(u.speakers)}`, { type: "claims", items: theirs }, theirs.length, true);
    }
    return answered("nothing attributed", { type: "claims", items: [] }, 0, false);
  }
  const kindWord = u.kind === "remote" ? "call" : u.kind === "in-person" ? "in-person meeting" : u.kind === "any" ? "encounter" : u.kind;
  if (u.intent === "count") {
    const counted = undisputed.length;
    return answered(`${plural(counted, kindWord)}${apart}${planned}`, { type: "encounters", items: held }, counted, true, { notes: [...notes, ...countDisputes(index, u.people, held.length)] });
  }
  if (u.intent === "duration") {
    if (held.length === 0) return answered(`${nothing}${planned}`, none, 0, false);
    const said = held.map((e) => ({ e, d: durationOf(index, e) }));
    const known = said.filter((x) => x.d);
    const answer = said.map(({ e, d }) => (d ? `${e.id}: ${d.text} (${d.document})` : `${e.id}: the sources do not say how long it lasted`)).join("; ");
    return answered(answer, { type: "encounters", items: held }, known.length, known.length > 0);
  }
  if (u.intent === "did") {
    const answer = undisputed.length
      ? `yes: ${undisputed.map(summary).join("; ")}${apart}`
      : disputed.length ? `only a disputed one: ${disputed.map((e) => `${summary(e)} [${e.id}]`).join("; ")}`
      : announced.length ? `no held ${kindWord}; announced: ${announced.map(summary).join("; ")}` : why ? `no: ${why}` : "no";
    return answered(answer, { type: "encounters", items: held }, undisputed.length, true);
  }
  if (held.length === 0) {
    return answered(announced.length ? `none held; announced: ${announced.map(summary).join("; ")}` : nothing, { type: "encounters", items: [] }, 0, false);
  }
  let answer: string;
  if (u.intent === "where") {
    // A call has no one place: where each side was, when the text says ("Putin, speaking from Sochi").
    const whereOf = (e: EncounterRecord) => e.location?.name ?? (e.whereabouts.length ? e.whereabouts.map((w) => `${w.name} in ${w.place}`).join(", ") : "place unknown");
    answer = held.map((e) => `${whereOf(e)} (${e.date ?? "undated"}${DISPUTED(e) ? ", disputed" : ""})`).join("; ");
  }
  else if (u.intent === "who") {
    const asked = new Set(u.people.map((p) => p.id));
    answer = held.map((e) => `${e.participants.filter((p) => !asked.has(p.id)).map((p) => p.name).join(", ") || names(u.people)}: ${summary(e)}`).join("; ");
  } else answer = held.map(summary).join("; ");
  return answered(answer, { type: "encounters", items: held }, undisputed.length, true);
}
