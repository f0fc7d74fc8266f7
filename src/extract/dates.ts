// Date phrases → calendar values at the precision the text supports, resolved
// against the article's published date. Hand-written rather than chrono-node:
// news states encounter dates in a small set of forms, the precision of each
// form must be exact (chrono guesses a day for "June 2021"), and chrono costs
// ~300 ms to load and warm up, which the indexer pays per worker.

import { MONTHS, WEEKDAYS } from "./lexicon.js";

export type Precision = "year" | "month" | "day";
export type Tense = "past" | "future" | "unknown";

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when a relative phrase has no published date to resolve against. */
  readonly value: string | null;
  readonly precision: Precision | null;
  /** True when the phrase needs the published date ("on Friday", "last week"). */
  readonly relative: boolean;
}

const MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const YEAR = "(1[89]\\d\\d|20\\d\\d)";

interface Rule {
  readonly re: RegExp;
  readonly resolve: (m: RegExpExecArray, published: Day | null, tense: Tense) => { value: string | null; precision: Precision | null; relative: boolean } | null;
}

interface Day {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number) => String(n).padStart(2, "0");
const fmtDay = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const fmtMonth = (y: number, m: number) => `${y}-${pad(m)}`;
const monthOf = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, "")] ?? 0;

function toUtc(x: Day): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}
function fromUtc(t: number): Day {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
function addDays(x: Day, n: number): Day {
  return fromUtc(toUtc(x) + n * 86_400_000);
}
function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function parseDay(s: string | null | undefined): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? "");
  if (!m) return null;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return validDay(x.y, x.m, x.d) ? x : null;
}

/** The weekday nearest the published date in the direction the tense points (past: on or before). */
export function resolveWeekday(weekday: number, published: Day, tense: Tense): Day {
  const pubDow = new Date(toUtc(published)).getUTCDay();
  if (tense === "future") return addDays(published, (weekday - pubDow + 7) % 7);
  return addDays(published, -((pubDow - weekday + 7) % 7));
}

/** A month and day without a year: the year that puts it on the tense's side of publication. */
function resolveMonthDay(month: number, day: number, published: Day, tense: Tense): Day | null {
  const candidates = [published.y - 1, published.y, published.y + 1]
    .filter((y) => validDay(y, month, day))
    .map((y) => ({ y, m: month, d: day }));
  const pub = toUtc(published);
  const pick = (list: Day[]) => list.sort((a, b) => Math.abs(toUtc(a) - pub) - Math.abs(toUtc(b) - pub))[0] ?? null;
  if (tense === "past") return pick(candidates.filter((c) => toUtc(c) <= pub));
  if (tense === "future") return pick(candidates.filter((c) => toUtc(c) >= pub));
  return pick(candidates);
}

function spanValue(from: Day, to: Day): { value: string; precision: Precision } {
  if (from.y === to.y && from.m === to.m) return { value: fmtMonth(from.y, from.m), precision: "month" };
  return { value: String(to.y), precision: "year" };
}

const unresolved = { value: null, precision: null, relative: true } as const;

// A Map: it is looked up by any word before "years ago", and "Constructor years ago" must not find Object's constructor.
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, "twenty-five": 25, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, "seventy-five": 75, hundred: 100, a: 1,
}));

const RULES: Rule[] = [
  {
    // "Thirty years ago today", "50 years ago this week": anniversaries count back from publication.
    re: /\b(\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)\s+years?\s+ago(?:\s+(today|this week|this month))?\b/g,
    resolve: (m, pub) => {
      const n = /^\d+$/.test(m[1] ?? "") ? Number(m[1]) : NUMBER_WORDS.get((m[1] ?? "").toLowerCase());
      if (!n) return null;
      if (!pub) return unresolved;
      const y = pub.y - n;
      if (m[2] === "today" && validDay(y, pub.m, pub.d)) return { value: fmtDay({ y, m: pub.m, d: pub.d }), precision: "day", relative: true };
      if (m[2]) return { value: fmtMonth(y, pub.m), precision: "month", relative: true };
      return { value: String(y), precision: "year", relative: true };
    },
  },
  {
    // A range of days: "October 11–12, 1986", "December 8 to 10, 1987", "Nov. 13 and 14, 2001" — dated by its first day.
    re: new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})\\s*(?:[–-]|to|and|through)\\s*(\\d{1,2}),?\\s+${YEAR}\\b`, "g"),
    resolve: (m) => {
      const y = Number(m[4]), mo = monthOf(m[1] ?? ""), d = Number(m[2]);
      return validDay(y, mo, d) ? { value: fmtDay({ y, m: mo, d }), precision: "day", relative: false } : null;
    },
  },
  {
    // "Monday, August 18, 2025", "August 18, 2025", "Aug. 18 2025"
    re: new RegExp(`\\b(?:(?:${WEEKDAY_NAMES}),?\\s+)?(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, "g"),
    resolve: (m) => {
      const y = Number(m[3]), mo = monthOf(m[1] ?? ""), d = Number(m[2]);
      return validDay(y, mo, d) ? { value: fmtDay({ y, m: mo, d }), precision: "day", relative: false } : null;
    },
  },
  {
    // "16 June 2021", "Monday 18 August 2025"
    re: new RegExp(`\\b(?:(?:${WEEKDAY_NAMES}),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAMES}),?\\s+${YEAR}\\b`, "g"),
    resolve: (m) => {
      const y = Number(m[3]), mo = monthOf(m[2] ?? ""), d = Number(m[1]);
      return validDay(y, mo, d) ? { value: fmtDay({ y, m: mo, d }), precision: "day", relative: false } : null;
    },
  },
  {
    // "June 2021", "June of 2021", "mid-June 2021"
    re: new RegExp(`\\b(?:(?:early|mid|late)-?\\s?)?(${MONTH_NAMES})(?:\\s+of)?,?\\s+${YEAR}\\b`, "g"),
    resolve: (m) => ({ value: fmtMonth(Number(m[2]), monthOf(m[1] ?? "")), precision: "month", relative: false }),
  },
  {
    // "Tomorrow, December 7", "on July 16", "Monday, August 18" (year from the published date)
    re: new RegExp(`\\b(?:(?:${WEEKDAY_NAMES}),?\\s+)?(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?![:.]\\d)`, "g"),
    resolve: (m, pub, tense) => {
      if (!pub) return unresolved;
      const day = resolveMonthDay(monthOf(m[1] ?? ""), Number(m[2]), pub, tense);
      return day ? { value: fmtDay(day), precision: "day", relative: true } : null;
    },
  },
  {
    re: /\b(yesterday|today|tonight|tomorrow|this morning|this afternoon|this evening|last night)\b/gi,
    resolve: (m, pub) => {
      if (!pub) return unresolved;
      const w = (m[1] ?? "").toLowerCase();
      const shift = w === "yesterday" || w === "last night" ? -1 : w === "tomorrow" ? 1 : 0;
      return { value: fmtDay(addDays(pub, shift)), precision: "day", relative: true };
    },
  },
  {
    // "on Wednesday", "Tuesday evening", "last Friday", "next Monday"
    re: new RegExp(`\\b(last|this|next|on|since|by|until|from|early|late)?\\s*(${WEEKDAY_NAMES})\\b(?!,?\\s+(?:${MONTH_NAMES}))`, "g"),
    resolve: (m, pub, tense) => {
      if (!pub) return unresolved;
      const weekday = WEEKDAYS[(m[2] ?? "").toLowerCase()] ?? 0;
      const lead = (m[1] ?? "").toLowerCase();
      if (lead === "last") return { value: fmtDay(resolveWeekday(weekday, addDays(pub, -1), "past")), precision: "day", relative: true };
      if (lead === "next") return { value: fmtDay(resolveWeekday(weekday, addDays(pub, 1), "future")), precision: "day", relative: true };
      return { value: fmtDay(resolveWeekday(weekday, pub, tense === "future" ? "future" : "past")), precision: "day", relative: true };
    },
  },
  {
    re: /\b(last|this|next|earlier this|later this|past)\s+(week|month|year)\b/gi,
    resolve: (m, pub) => {
      if (!pub) return unresolved;
      const lead = (m[1] ?? "").toLowerCase(), unit = (m[2] ?? "").toLowerCase();
      const dir = lead === "last" || lead === "past" ? -1 : lead === "next" ? 1 : 0;
      if (unit === "year") return { value: String(pub.y + dir), precision: "year", relative: true };
      if (unit === "month") {
        const idx = pub.y * 12 + (pub.m - 1) + dir;
        return { value: fmtMonth(Math.floor(idx / 12), (idx % 12) + 1), precision: "month", relative: true };
      }
      const dow = new Date(toUtc(pub)).getUTCDay();
      const monday = addDays(pub, -((dow + 6) % 7) + 7 * dir);
      return { ...spanValue(monday, addDays(monday, 6)), relative: true };
    },
  },
  {
    // Seasons carry only a year: "next fall", "in the spring of 2019", "this summer".
    re: new RegExp(`\\b(?:(last|this|next)\\s+)?(?:the\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+of)?(?:\\s+${YEAR})?\\b`, "gi"),
    resolve: (m, pub) => {
      if (m[3]) return { value: m[3], precision: "year", relative: false };
      const lead = (m[1] ?? "").toLowerCase();
      if (!lead) return null;
      if (!pub) return unresolved;
      return { value: String(pub.y + (lead === "next" ? 1 : 0) - (lead === "last" ? 1 : 0)), precision: "year", relative: true };
    },
  },
  {
    // "in July", "in early December" (year from the published date and the tense)
    re: new RegExp(`\\b(?:in|by|since|until|during|this|last|next)\\s+(?:(?:early|mid|late)-?\\s?)?(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d)`, "g"),
    resolve: (m, pub, tense) => {
      if (!pub) return unresolved;
      const mo = monthOf(m[1] ?? "");
      const lead = m[0].toLowerCase();
      let y = pub.y;
      if (lead.startsWith("last") || (tense === "past" && mo > pub.m)) y--;
      if (lead.startsWith("next") || (tense === "future" && mo < pub.m)) y++;
      return { value: fmtMonth(y, mo), precision: "month", relative: true };
    },
  },
  {
    // A year on its own: "in 2018", "their 2018 Helsinki meeting", "the 1975 Helsinki Final Act"
    re: new RegExp(`(?<![\\d,.:$£€-])\\b${YEAR}\\b(?![\\d%]|\\s*(?:percent|people|troops|km|miles))`, "g"),
    resolve: (m) => ({ value: m[1] ?? null, precision: "year", relative: false }),
  },
];

/** The rules' patterns, for the ReDoS check in the tests; copies, so the rules' lastIndex stays private. */
export const REGEXPS: readonly RegExp[] = Object.freeze(RULES.map((r) => new RegExp(r.re.source, r.re.flags)));

/**
 * Every date phrase in `text`, earliest first; where phrases overlap the
 * longer (more specific) one wins. Offsets are shifted by `offset`.
 */
export function findDates(text: string, options: { offset?: number; published?: string | null; tense?: Tense } = {}): DateMention[] {
  const published = parseDay(options.published ?? null);
  const tense = options.tense ?? "unknown";
  const offset = options.offset ?? 0;
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      let start = m.index, phrase = m[0];
      const lead = /^\s+/.exec(phrase);
      if (lead) {
        start += lead[0].length;
        phrase = phrase.slice(lead[0].length);
      }
      const end = start + phrase.length;
      if (found.some((f) => f.start - offset < end && start < f.end - offset)) continue;
      const r = rule.resolve(m, published, tense);
      if (!r) continue;
      found.push({ start: offset + start, end: offset + end, text: phrase, ...r });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Tense of a clause, from its auxiliaries: what decides which Friday "on Friday" means. */
export function clauseTense(clause: string): Tense {
  if (/\b(?:will|shall|won['’]t|is to|are to|set to|scheduled to|expected to|due to|plans? to|planning to|intends? to|going to|upcoming|tomorrow)\b|['’]ll\b/i.test(clause)) return "future";
  // "When Biden and Putin sit down on Wednesday", "Trump and Putin meet Friday in Alaska": the present of a coming event.
  const when = clause.search(/\b(?:when|once|as|before)\b/i);
  if (when >= 0 && /\b(?:meet|sit down|hold talks|talk|speak|convene|gather)\b/i.test(clause.slice(when, when + 110))) return "future";
  if (/\b(?:meet|sit down)\s(?:on\s|this\s|next\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|today|in)\b/i.test(clause) && !/\b(?:to|did|not|would|could|should)\s(?:meet|sit down)\b/i.test(clause)) return "future";
  if (/\b(?:met|held|was|were|had|did|spoke|talked|said|told|called|took|came|went|ended|began|concluded|\w{3,}ed)\b/i.test(clause)) return "past";
  return "unknown";
}

/** Precision of a date value string. */
export function precisionOf(value: string | null): Precision | null {
  if (!value) return null;
  return value.length === 4 ? "year" : value.length === 7 ? "month" : "day";
}

/** True when one value is a prefix of the other ("2021-06" fits "2021-06-16"). */
export function datesFit(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/** Days between two day-precision values; null when either is coarser. */
export function daysApart(a: string | null, b: string | null): number | null {
  const x = parseDay(a), y = parseDay(b);
  if (!x || !y) return null;
  return Math.abs(toUtc(x) - toUtc(y)) / 86_400_000;
}
