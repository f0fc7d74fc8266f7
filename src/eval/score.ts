// Scores one corpus's index against one gold file, in-process. The matching
// rules are a port of ../shared/tools/score.mjs, which is the reference: the
// two must agree on every number they both report, so each rule here reads the
// same JSON shapes the CLI prints (encounterJson, attendeeJson, claimJson,
// askJson) rather than the records behind them.

import { isEncounterKind, modeOf } from "../schema.js";
import { resolveEncounterId } from "../query/lookup.js";
import type { Index } from "../index/build.js";
import { attendeeJson, claimJson, encounterJson, type AttendeeJson, type ClaimJson, type EncounterJson } from "../index/records.js";
import { askWithWorld } from "../query/ask.js";
import { loadWorld, type World } from "../query/world.js";
import { askJson } from "../render/ask.js";
import { sourceOf, type Gold, type GoldEncounter, type GoldQuestion, type GoldSides } from "./gold.js";

export const norm = (s: unknown): string => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
export const lastName = (name: string): string => norm(name).split(/\s+/).filter(Boolean).pop() ?? "";

// The gold's kinds are free text: a known kind is compared by its mode, anything else as written.
const kindClass = (k: unknown): string => {
  const kind = norm(k);
  return isEncounterKind(kind) ? modeOf(kind) : kind;
};
const placeOf = (l: EncounterJson["location"]): string => (l == null ? "" : [l.name, l.city, l.venue, l.country].filter(Boolean).join(" "));
const namesOf = (e: EncounterJson): string[] => e.participants.map((p) => norm(p.name));
// The gold's "Geneva, Switzerland" is matched by its first part only.
const placeFits = (e: EncounterJson, goldPlace: string): boolean => norm(placeOf(e.location)).includes(norm(goldPlace.split(",")[0]));

/** Dates of different precision fit when one is a prefix of the other; no gold date fits anything. */
export function dateFits(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!b) return true;
  if (!a) return false;
  return a.startsWith(b) || b.startsWith(a);
}

/** The first two gold participants by surname, a compatible date, and the same mode (in person or remote). */
function encounterMatches(e: EncounterJson, g: GoldEncounter): boolean {
  const have = namesOf(e);
  if (!g.participants.slice(0, 2).every((p) => have.some((n) => n.endsWith(lastName(p)) || n.includes(lastName(p))))) return false;
  if (!dateFits(e.date, g.date)) return false;
  if (g.kind && kindClass(e.kind) !== kindClass(g.kind)) return false;
  return true;
}

const ratio = (a: number, b: number, empty: number): number => (b ? a / b : empty);
const f1Of = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

export interface Missed {
  readonly key: string;
  readonly date: string | null;
  readonly kind: string | null;
  /** Where the gold says it is reported, to start looking. */
  readonly sources: readonly string[];
}

export interface Mismatch {
  readonly key: string;
  readonly id: string;
  readonly field: "kind" | "date" | "place";
  readonly gold: string | null;
  readonly found: string | null;
}

export interface EncounterScore {
  readonly found: number;
  readonly tp: number;
  readonly fp: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Shares of matched encounters: kind identical, date identical, place named (of those with a gold place). */
  readonly kindExact: number;
  readonly dateExact: number;
  readonly place: number;
  readonly missed: readonly Missed[];
  readonly falsePositives: readonly string[];
  readonly mismatches: readonly Mismatch[];
  /**
   * Encounters reported only by articles in which the gold finds none (required or optional) — the
   * articles "about no encounter at all"; null when the gold names no articles to tell.
   */
  readonly inQuietArticles: number | null;
}

/** A document id without folders or extension: what the gold files call it. */
const stem = (doc: string) => (doc.split("/").pop() ?? doc).replace(/\.(?:md|markdown|txt)$/i, "");

export function scoreEncounters(gold: Gold, list: readonly EncounterJson[]): EncounterScore {
  const required = gold.encounters.required;
  const optional = gold.encounters.optional ?? [];
  const used = new Set<number>();
  let tp = 0, fp = 0, kindExact = 0, dateExact = 0, placeOk = 0, placeWanted = 0;
  const falsePositives: string[] = [];
  const mismatches: Mismatch[] = [];
  for (const e of list) {
    // Greedy and in list order, as score.mjs does: the first unused gold entry an encounter fits is its match.
    const hit = required.findIndex((g, i) => !used.has(i) && encounterMatches(e, g));
    const g = required[hit];
    if (g) {
      used.add(hit);
      tp++;
      if (norm(e.kind) === norm(g.kind)) kindExact++;
      else mismatches.push({ key: g.key, id: e.id, field: "kind", gold: g.kind ?? null, found: e.kind });
      if ((e.date ?? null) === (g.date ?? null)) dateExact++;
      else mismatches.push({ key: g.key, id: e.id, field: "date", gold: g.date ?? null, found: e.date });
      if (g.location) {
        placeWanted++;
        if (placeFits(e, g.location)) placeOk++;
        else mismatches.push({ key: g.key, id: e.id, field: "place", gold: g.location, found: placeOf(e.location) || null });
      }
      continue;
    }
    const isOptional = optional.some((o) => (o.participants.length >= 2 ? encounterMatches(e, o) : !!o.location && placeFits(e, o.location)));
    if (isOptional) continue;
    // A plan reported as a plan is not a false encounter.
    if (["announced", "planned", "expected"].includes(norm(e.status))) continue;
    fp++;
    falsePositives.push(`${e.id} ${e.date ?? "?"} ${e.kind} ${namesOf(e).join("/")}`);
  }
  const missed = required.filter((_, i) => !used.has(i)).map((g) => ({
    key: g.key, date: g.date ?? null, kind: g.kind ?? null, sources: [...new Set((g.evidence ?? []).map(sourceOf).filter((s): s is string => !!s))],
  }));
  const precision = list.length ? ratio(tp, tp + fp, 0) : 0;
  const recall = ratio(tp, required.length, 0);
  // An article the gold cites is a source of an encounter; a listed encounter none of whose sources is one sits in a quiet article.
  const cited = [...required, ...optional].flatMap((g) => (g.evidence ?? []).map(sourceOf)).filter((d): d is string => !!d).map(stem);
  const isCited = (doc: string) => cited.some((c) => stem(doc).startsWith(c));
  const inQuietArticles = cited.length ? list.filter((e) => e.sources.length > 0 && !e.sources.some((src) => isCited(src.document))).length : null;
  return {
    found: list.length, tp, fp, precision, recall, f1: f1Of(precision, recall),
    kindExact: ratio(kindExact, tp, 0), dateExact: ratio(dateExact, tp, 0), place: ratio(placeOk, placeWanted, 1),
    missed, falsePositives, mismatches, inQuietArticles,
  };
}

// A listed name is a gold person when it is the full name, or has the surname and the same first initial (Sergei/Sergey).
const samePerson = (listed: string, goldName: string): boolean =>
  listed === norm(goldName) || (listed.endsWith(lastName(goldName)) && listed.split(" ")[0]?.[0] === norm(goldName)[0]);

/** Every side's list of names (US, Russia, Ukraine, hosts…), for precision: none of them is a wrong listing. */
function everyone(sides: GoldSides): string[] {
  return Object.entries(sides).filter(([k, v]) => k !== "not_attendees" && Array.isArray(v)).flatMap(([, v]) => (v as unknown[]).filter((x): x is string => typeof x === "string"));
}

export interface AttendeeEntry {
  readonly key: string;
  /** False when the index has no encounter with the gold key as its id: everything is then missed. */
  readonly hasEncounter: boolean;
  readonly want: number;
  readonly found: number;
  readonly listed: number;
  readonly correct: number;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly wrong: readonly string[];
}

export interface AttendeeScore {
  readonly want: number;
  readonly found: number;
  readonly listed: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly entries: readonly AttendeeEntry[];
}

/**
 * Recall counts the US and Russia sides only, as score.mjs does. Precision
 * counts a listed person as right when they are on any side the gold names,
 * since a Ukrainian or Chinese delegate is as much in the room.
 */
export function scoreAttendees(gold: Gold, attendees: Readonly<Record<string, readonly AttendeeJson[]>>): AttendeeScore {
  const entries: AttendeeEntry[] = Object.entries(gold.attendees ?? {}).map(([key, sides]) => {
    const list = Object.hasOwn(attendees, key) ? attendees[key] : undefined;
    const got = (list ?? []).map((a) => norm(a.name));
    const want = [...(Array.isArray(sides["US"]) ? sides["US"] : []), ...(Array.isArray(sides["Russia"]) ? sides["Russia"] : [])].filter((x): x is string => typeof x === "string");
    const found = want.filter((w) => got.some((g) => samePerson(g, w)));
    const named = everyone(sides);
    const correct = got.filter((g) => named.some((w) => samePerson(g, w)));
    const wrong = (sides.not_attendees ?? []).filter((w) => got.some((g) => g.endsWith(lastName(w)) && g.split(" ")[0]?.[0] === norm(w)[0]));
    return {
      key, hasEncounter: list !== undefined, want: want.length, found: found.length, listed: got.length, correct: correct.length,
      missing: want.filter((w) => !found.includes(w)), extra: (list ?? []).map((a) => a.name).filter((_, i) => !correct.includes(got[i] as string)), wrong,
    };
  });
  const sum = (f: (e: AttendeeEntry) => number) => entries.reduce((n, e) => n + f(e), 0);
  const want = sum((e) => e.want), found = sum((e) => e.found), listed = sum((e) => e.listed), correct = sum((e) => e.correct);
  return { want, found, listed, correct, precision: ratio(correct, listed, 0), recall: ratio(found, want, 1), entries };
}

export interface QuoteScore {
  readonly want: number;
  readonly attributed: number;
  readonly claims: number;
  readonly missed: ReadonlyArray<{ readonly speaker: string; readonly contains: string; readonly source: string | null }>;
}

/** A gold quote is attributed when one claim holds its words and names its speaker's surname. */
export function scoreQuotes(gold: Gold, claims: readonly ClaimJson[]): QuoteScore {
  const quotes = gold.quotes ?? [];
  const attributed = (q: (typeof quotes)[number]) =>
    claims.some((c) => norm(JSON.stringify(c)).includes(norm(q.contains)) && norm(c.speaker?.name ?? c.speaker).includes(lastName(q.speaker)));
  const missed = quotes.filter((q) => !attributed(q)).map((q) => ({ speaker: q.speaker, contains: q.contains, source: sourceOf(q) }));
  return { want: quotes.length, attributed: quotes.length - missed.length, claims: claims.length, missed };
}

/** What `summits ask QUESTION --json` prints, or why it printed nothing. */
export type AskResponse = { readonly ok: true; readonly value: { readonly results: readonly unknown[]; readonly count?: unknown } } | { readonly ok: false; readonly error: string };

function collect(value: unknown, key: string, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => collect(v, key, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === key && typeof v !== "object") out.push(String(v));
      collect(v, key, out);
    }
  }
  return out;
}

const kindOf = (x: unknown): unknown => (x && typeof x === "object" ? (x as Record<string, unknown>)["kind"] : undefined);

export interface QuestionResult {
  readonly q: string;
  readonly pass: boolean;
  readonly why: string;
}

export function checkQuestion(q: GoldQuestion, r: AskResponse): QuestionResult {
  if (!r.ok) return { q: q.q, pass: false, why: `error: ${r.error}` };
  const results = r.value.results;
  const text = norm(JSON.stringify(results));
  const dates = collect(results, "date");
  const e = q.expect;
  const why: string[] = [];
  const okDate = (d: string) => [d, ...(e.dates_also_ok ?? [])].some((v) => dates.some((x) => x.startsWith(v)));
  for (const d of e.dates_include ?? []) if (!okDate(d)) why.push(`no date ${d}`);
  if (e.dates) {
    for (const d of e.dates) if (!okDate(d)) why.push(`no date ${d}`);
    for (const x of new Set(dates)) if (!e.dates.some((d) => dateFits(x, d))) why.push(`extra date ${x}`);
  }
  for (const alts of e.locations_include ?? []) if (!alts.split("|").some((a) => text.includes(norm(a)))) why.push(`missing place ${alts}`);
  for (const s of e.quote_contains ?? []) if (!text.includes(norm(s))) why.push(`missing quote ${s}`);
  if (e.kind && results.some((x) => kindOf(x) != null && norm(kindOf(x)) !== norm(e.kind))) why.push(`kind is not ${e.kind} throughout`);
  for (const d of e.dates_exclude ?? []) if (dates.some((x) => x.startsWith(d))) why.push(`has date ${d}`);
  // Named: the full name, or "first initial… last name" (Sergei/Sergey, Mike/Michael).
  const named = (p: string) => text.includes(norm(p)) || new RegExp(`\\b${norm(p)[0]}[a-z]*\\.?\\s+(?:[a-z]\\.\\s+)?${lastName(p)}\\b`).test(text);
  for (const p of e.people_include ?? []) if (!named(p)) why.push(`missing ${p}`);
  for (const p of [...(e.places_include ?? []), ...(e.quotes_include ?? []), ...(e.ids_include ?? [])]) if (!text.includes(norm(p))) why.push(`missing ${p}`);
  for (const p of e.people_exclude ?? []) if (named(p)) why.push(`has ${p}`);
  if (e.count_in_person != null) {
    const n = results.filter((x) => kindClass(kindOf(x)) === "in-person").length;
    if (n !== e.count_in_person) why.push(`in-person count ${n} != ${e.count_in_person}`);
  }
  if (e.count != null) {
    const n = typeof r.value.count === "number" ? r.value.count : results.length;
    if (n !== e.count) why.push(`count ${n} != ${e.count}`);
  }
  return { q: q.q, pass: why.length === 0, why: why.join("; ") };
}

/**
 * `summits ask` in-process. The CLI prints nothing and exits 1 on a question
 * it cannot read, which score.mjs takes as a failure; so is it here.
 */
let world: World | null = null;
const theWorld = () => (world ??= loadWorld());

function askIndex(index: Index, words: string): AskResponse {
  const question = words.trim();
  if (!question) return { ok: false, error: "ask: give a question" };
  try {
    const answer = askWithWorld(index, question, theWorld);
    if (answer.understood.intent === "unknown") return { ok: false, error: `cannot understand "${question.slice(0, 80)}": ${answer.reading}` };
    return { ok: true, value: askJson(answer) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

export interface QuestionScore {
  readonly total: number;
  readonly passed: number;
  readonly results: readonly QuestionResult[];
}

export interface Report {
  readonly encounters: EncounterScore;
  readonly attendees: AttendeeScore;
  readonly quotes: QuoteScore;
  readonly questions: QuestionScore;
}

export function evaluate(gold: Gold, index: Index): Report {
  const attendees: Record<string, AttendeeJson[]> = Object.fromEntries(Object.entries(index.attendees).map(([id, list]) => [id, list.map(attendeeJson)]));
  // A gold key is looked up as `summits who-attended KEY` would: the convention-built id finds its encounter.
  for (const key of Object.keys(gold.attendees ?? {})) {
    const e = resolveEncounterId(index, key);
    if (e && !attendees[key]) attendees[key] = (index.attendees[e.id] ?? []).map(attendeeJson);
  }
  const results = (gold.questions ?? []).map((q) => checkQuestion(q, askIndex(index, q.q)));
  return {
    encounters: scoreEncounters(gold, index.encounters.map(encounterJson)),
    attendees: scoreAttendees(gold, attendees),
    quotes: scoreQuotes(gold, index.claims.map(claimJson)),
    questions: { total: results.length, passed: results.filter((r) => r.pass).length, results },
  };
}
