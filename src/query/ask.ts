// Plain-language questions → an intent, the people, places and times they
// name, and the records that answer them. Names and places are matched
// fuzzily against what the index holds ("Putn Geneve" finds Putin and Geneva).
// A question that names nothing the index knows, or asks what this cannot
// answer, gets an explanation instead of a guess.

import { fold } from "../fold.js";
import type Fuse from "fuse.js";
import { loadFuse } from "../deferred.js";
import { isMode, modeOf } from "../schema.js";
import type { Index } from "../index/build.js";
import type { AttendeeRecord, ClaimRecord, EncounterKind, EncounterRecord, PersonRecord } from "../index/records.js";
import { resolveEncounterId } from "./lookup.js";

export type Intent = "when" | "where" | "attendees" | "count" | "quotes" | "did" | "find" | "unknown";
export type KindClass = "any" | "in-person" | "remote" | EncounterKind;

export interface Understanding {
  readonly intent: Intent;
  readonly people: readonly PersonRecord[];
  readonly places: readonly string[];
  readonly encounter: EncounterRecord | null;
  readonly year: string | null;
  readonly kind: KindClass;
}

export type AskResults =
  | { readonly type: "encounters"; readonly items: readonly EncounterRecord[] }
  | { readonly type: "attendees"; readonly items: readonly AttendeeRecord[]; readonly encounter: EncounterRecord }
  | { readonly type: "claims"; readonly items: readonly ClaimRecord[] }
  | { readonly type: "none"; readonly items: readonly never[] };

export interface AskAnswer {
  readonly question: string;
  readonly understood: Understanding;
  /** How the question was read, in words. */
  readonly reading: string;
  /** The answer in one line. */
  readonly answer: string;
  readonly results: AskResults;
  readonly count: number;
  /** Planned encounters that match, kept apart from held ones. */
  readonly announced: readonly EncounterRecord[];
  /** Where sources disagree about what answers the question. */
  readonly notes: readonly string[];
}

export const EXAMPLES = [
  'when did Biden and Putin talk',
  'where did Trump meet Putin',
  'who attended geneva-2021',
  'how many times did Trump and Putin meet',
  'what did Putin say about the Geneva summit',
  'calls between Trump and Putin',
];

const STOP = new Set([
  "when", "where", "who", "whom", "what", "which", "how", "many", "much", "times", "time", "did", "does", "do", "was", "were", "is",
  "are", "has", "have", "had", "the", "a", "an", "and", "or", "with", "between", "about", "of", "in", "on", "at", "to", "for", "by",
  "meet", "met", "meeting", "meetings", "talk", "talked", "talks", "speak", "spoke", "spoken", "call", "calls", "called", "phone",
  "say", "said", "says", "attend", "attended", "attending", "room", "summit", "summits", "video", "virtual", "conference", "there",
  "ever", "their", "they", "them", "last", "first", "all", "any", "list", "show", "tell", "me", "whom", "during", "been", "number",
  "count", "often", "sideline", "sidelines", "held", "hold", "take", "took", "place", "part", "present", "delegation", "quotes",
  "quote", "statement", "statements", "claims", "encounter", "encounters", "since", "before", "after", "year", "from", "until",
  "each", "other", "together", "both", "leaders", "president", "presidents", "conversation", "conversations", "happen", "happened",
]);


interface Vocab {
  readonly term: string;
  readonly type: "person" | "place";
  readonly ref: string;
}

function vocabulary(index: Index): Vocab[] {
  const out: Vocab[] = [];
  const seen = new Set<string>();
  const add = (term: string, type: Vocab["type"], ref: string) => {
    const t = fold(term).trim();
    const k = `${type}\u0000${t}\u0000${ref}`;
    if (t.length < 2 || seen.has(k)) return;
    seen.add(k);
    out.push({ term: t, type, ref });
  };
  for (const p of index.people) {
    for (const n of [p.name, ...p.aliases]) {
      add(n, "person", p.id);
      add(n.split(" ").pop() ?? n, "person", p.id);
    }
  }
  const placeNames = index.lookups?.placeNames() ?? index.encounters.flatMap((e) => [e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event]);
  for (const n of placeNames) if (n) add(n, "place", n);
  return out;
}

function classify(q: string): { intent: Intent; kind: KindClass } {
  const s = fold(q);
  let kind: KindClass = "any";
  if (/\b(?:video|virtual(?:ly)?|videoconference)\b/.test(s)) kind = "video";
  else if (/\b(?:calls?|called|phone(?:d)?|telephone)\b/.test(s)) kind = "remote";
  else if (/\bsummits?\b/.test(s)) kind = "summit";
  else if (/\bsidelines?\b/.test(s)) kind = "sideline";
  else if (/\b(?:meet|met|meetings?|in person|face[- ]to[- ]face|visit(?:ed)?)\b/.test(s)) kind = "in-person";
  // "A, later B" as two searches: `A.*B` in one pattern rescans the rest of the question from every A.
  const later = (first: RegExp, then: RegExp) => {
    const m = first.exec(s);
    return m !== null && then.test(s.slice(m.index + m[0].length));
  };
  let intent: Intent = "find";
  if (later(/\bwho\b/, /\b(?:attend\w*|in the room|present|there|took part|take part|participat\w*|delegations?|accompan\w*)\b/)) intent = "attendees";
  else if (/\bhow (?:many|often)\b|\bnumber of\b|\bcount\b/.test(s)) intent = "count";
  else if (later(/\bwhat did\b/, /\b(?:say|said|tell|told)\b/) || /\bquotes?\b|\bsaid about\b|\bstatements?\b|\bclaims?\b/.test(s) || later(/\bwhat /, /\bsa(?:y|id)\b/)) intent = "quotes";
  else if (/^\s*where\b/.test(s)) intent = "where";
  else if (/^\s*when\b|\bwhat (?:date|day|year|month)\b/.test(s)) intent = "when";
  else if (/^\s*(?:did|have|has|was|were|do|does|is|are)\b/.test(s)) intent = "did";
  return { intent, kind };
}

function fitsKind(e: EncounterRecord, kind: KindClass): boolean {
  if (kind === "any") return true;
  if (isMode(kind)) return modeOf(e.kind) === kind;
  if (kind === "summit") return e.kind === "summit" || e.kind === "sideline";
  return e.kind === kind;
}

export function understand(index: Index, question: string): Understanding {
  const { intent, kind } = classify(question);
  const tokens = fold(question).replace(/['’]s\b/g, "").split(/[^a-z0-9-]+/).filter(Boolean);
  // An id is a token with a hyphen ("geneva-2021"); a bare "washington" is a place, even if an id too.
  const encounter = tokens.filter((t) => t.includes("-")).map((t) => resolveEncounterId(index, t)).find((e) => e) ?? null;
  const year = tokens.find((t) => /^(?:19|20)\d\d$/.test(t)) ?? null;
  const vocab = vocabulary(index);
  const exact = new Map<string, Vocab[]>();
  for (const v of vocab) exact.set(v.term, [...(exact.get(v.term) ?? []), v]);
  // Built on the first word that is not an exact name or place: most questions have none.
  let fuse: Fuse<Vocab> | null = null;
  const people = new Map<string, PersonRecord>();
  const places: string[] = [];
  let personById: Map<string, PersonRecord> | null = null;
  const personOf = (id: string) => (personById ??= new Map(index.people.map((p) => [p.id, p]))).get(id);
  const take = (all: Vocab[]) => {
    // One word names one person: of several Trumps, the one who takes part in most encounters.
    const persons = all.filter((v) => v.type === "person").map((v) => personOf(v.ref)).filter((p): p is PersonRecord => !!p);
    const most = Math.max(0, ...persons.map((p) => p.encounters.length));
    const hits = all.filter((v) => v.type !== "person" || (personOf(v.ref)?.encounters.length ?? 0) === most);
    for (const v of hits) {
      if (v.type === "person") {
        const p = personOf(v.ref);
        if (p) people.set(p.id, p);
      } else if (!places.includes(v.ref)) places.push(v.ref);
    }
  };
  const used = new Set<number>();
  // Three- and two-word names and places first ("kim jong un", "da nang", "vladimir putin").
  for (const n of [3, 2]) {
    for (let i = 0; i + n <= tokens.length; i++) {
      if (Array.from({ length: n }, (_, k) => i + k).some((k) => used.has(k))) continue;
      const hit = exact.get(tokens.slice(i, i + n).join(" "));
      if (hit) {
        take(hit);
        for (let k = i; k < i + n; k++) used.add(k);
      }
    }
  }
  tokens.forEach((t, i) => {
    if (used.has(i) || STOP.has(t) || /^\d+$/.test(t) || (encounter && t === encounter.id)) return;
    const hit = exact.get(t);
    if (hit) return take(hit);
    if (t.length < 4) return;
    fuse ??= new (loadFuse())(vocab, { keys: ["term"], threshold: 0.34, includeScore: true, ignoreLocation: true });
    const fuzzy = fuse.search(t);
    const best = fuzzy[0]?.score ?? 1;
    if (best > 0.34) return;
    // The closest term only; for people, every person it may name (Sullivan → both).
    const top = fuzzy.filter((h) => (h.score ?? 1) <= best + 0.001 && Math.abs(h.item.term.length - t.length) <= 3);
    take(top.map((h) => h.item));
  });
  return { intent, people: [...people.values()], places, encounter, year, kind };
}

function matchingEncounters(index: Index, u: Understanding): EncounterRecord[] {
  if (u.encounter) return [u.encounter];
  const places = u.places.map(fold);
  // Someone in the room met the others there too: "when did Rubio and Lavrov meet" includes the summit both attended.
  const present = (e: EncounterRecord, id: string) => e.participants.some((x) => x.id === id) || (index.attendees[e.id] ?? []).some((x) => x.id === id);
  // With people named, only their encounters are read (an indexed look-up when the index is a store).
  const pool = u.people.length && index.lookups ? index.lookups.encountersWith(u.people.map((p) => p.id)) : index.encounters;
  return pool.filter((e) => {
    if (!u.people.every((p) => present(e, p.id))) return false;
    if (!fitsKind(e, u.kind)) return false;
    if (u.year && !(e.date ?? "").startsWith(u.year)) return false;
    if (places.length) {
      const where = fold([e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event].filter(Boolean).join(" | "));
      if (!places.some((p) => where.includes(p))) return false;
    }
    return true;
  });
}

const names = (ps: readonly PersonRecord[]) => ps.map((p) => p.name).join(" and ");

function describe(u: Understanding): string {
  const what = u.kind === "any" ? "encounters" : u.kind === "in-person" ? "in-person meetings" : u.kind === "remote" ? "calls" : `${u.kind}s`;
  const parts = [u.encounter ? `encounter ${u.encounter.id}` : what];
  if (u.people.length && !u.encounter) parts.push(`with ${names(u.people)}`);
  if (u.places.length && !u.encounter) parts.push(`at ${u.places.join(" or ")}`);
  if (u.year && !u.encounter) parts.push(`in ${u.year}`);
  const lead: Record<Intent, string> = {
    when: "when:", where: "where:", attendees: "who attended", count: "how many", quotes: "what was said about", did: "whether there were", find: "find", unknown: "",
  };
  const speaker = u.intent === "quotes" && u.people.length ? `${names(u.people)} said about ` : "";
  return u.intent === "quotes" ? `what ${speaker}${u.encounter || u.places.length ? parts.join(" ") : "anything"}` : `${lead[u.intent]} ${parts.join(" ")}`;
}

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

/** Longer than any question; what is past it is not read (the parser's work grows with the words). */
const MAX_QUESTION = 2000;

export function ask(index: Index, asked: string): AskAnswer {
  const question = asked.slice(0, MAX_QUESTION);
  const u = understand(index, question);
  const none: AskResults = { type: "none", items: [] };
  const unknown = (reading: string): AskAnswer => ({ question, understood: { ...u, intent: "unknown" }, reading, answer: "", results: none, count: 0, announced: [], notes: [] });
  if (!u.encounter && u.people.length === 0 && u.places.length === 0) {
    return unknown(u.year ? `only a year (${u.year}); name a person or a place` : "no person, place or encounter this corpus knows");
  }
  const matching = matchingEncounters(index, u);
  const held = matching.filter((e) => e.status === "held");
  const announced = matching.filter((e) => e.status !== "held");
  const reading = describe(u);
  const notes = held.flatMap((e) => e.disputes.map((d) => d.field === "note"
    ? `${e.id} is disputed: ${d.values.map((v) => `${v.value} (${v.document})`).join("; ")}`
    : `sources disagree on the ${d.field} of ${e.id}: ${d.values.map((v) => `${v.value} (${v.document})`).join(" vs ")}`));

  if (u.intent === "attendees") {
    const target = u.encounter ?? (held.length === 1 ? held[0] : held.length > 1 ? held.find((e) => (index.attendees[e.id]?.length ?? 0) > 2) ?? held[0] : undefined);
    if (!target) return { question, understood: u, reading, answer: "no encounter matches", results: none, count: 0, announced, notes };
    const items = index.attendees[target.id] ?? [];
    return { question, understood: u, reading, answer: `${items.length} people attended ${target.id}`, results: { type: "attendees", items, encounter: target }, count: items.length, announced: [], notes };
  }
  if (u.intent === "quotes") {
    const speakers = new Set(u.people.map((p) => p.id));
    const about = u.encounter || u.places.length || u.kind !== "any" ? matching : [];
    const aboutIds = new Set(about.map((e) => e.id));
    const aboutDocs = new Set(about.flatMap((e) => e.sources.map((s) => s.document)));
    const bySpeaker = (c: ClaimRecord) => speakers.size === 0 || (c.speaker !== null && speakers.has(c.speaker.id));
    // Claims linked to the encounter, and unlinked ones by the speaker in the articles that report it.
    const items = index.claims.filter((c) => bySpeaker(c) && (about.length === 0 || (c.encounter !== null ? aboutIds.has(c.encounter) : aboutDocs.has(c.source.document))));
    return { question, understood: u, reading, answer: items.length ? `${items.length} statement${items.length === 1 ? "" : "s"}` : "nothing attributed", results: { type: "claims", items }, count: items.length, announced: [], notes };
  }
  if (u.intent === "count") {
    const counted = held.length;
    const allNotes = [...notes, ...countDisputes(index, u.people, counted)];
    return { question, understood: u, reading, answer: `${counted} ${u.kind === "remote" ? "call" : u.kind === "in-person" ? "in-person meeting" : "encounter"}${counted === 1 ? "" : "s"}${announced.length ? ` (and ${announced.length} announced)` : ""}`, results: { type: "encounters", items: held }, count: counted, announced, notes: allNotes };
  }
  const summary = (e: EncounterRecord) => `${e.date ?? "undated"}${e.location ? ` in ${e.location.name}` : ""} (${e.kind})`;
  let answer: string;
  if (u.intent === "did") answer = held.length ? `yes: ${held.map(summary).join("; ")}` : announced.length ? `no held encounter; ${announced.length} was announced: ${announced.map(summary).join("; ")}` : "no";
  else if (u.intent === "where") answer = held.length ? held.map((e) => `${e.location?.name ?? "place unknown"} (${e.date ?? "undated"})`).join("; ") : "no encounter matches";
  else answer = held.length ? held.map(summary).join("; ") : announced.length ? `none held; announced: ${announced.map(summary).join("; ")}` : "no encounter matches";
  return { question, understood: u, reading, answer, results: { type: "encounters", items: held }, count: held.length, announced, notes };
}
