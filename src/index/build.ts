// Articles and their extractions → the read-only Index every query runs on.

import type { SourcedCorrection } from "../corpus/corrections.js";
import type { Article, Problem } from "../corpus/load.js";
import { applyCorrections } from "./curate.js";
import type { DocumentExtraction } from "../extract/document.js";
import { modeOf } from "../schema.js";
import type { PersonMention } from "../extract/people.js";
import { fold, slugify } from "../extract/text.js";
import { mergeEncounters, type MergedEncounter, type Sighting } from "../resolve/merge.js";
import { resolvePeople, type ResolvedPerson } from "../resolve/people.js";
import { assignIds, encounterBaseId } from "./ids.js";
import type { ClaimSearch } from "./text-search.js";
import type { RecordPostings } from "./record-words.js";
import type {
  AttendeeRecord, ClaimRecord, DocumentRecord, EncounterRecord, Evidence, ParticipantRef, PersonRecord,
} from "./records.js";

export interface Index {
  readonly documents: readonly DocumentRecord[];
  /** Oldest first; undated last. */
  readonly encounters: readonly EncounterRecord[];
  readonly attendees: Readonly<Record<string, readonly AttendeeRecord[]>>;
  readonly people: readonly PersonRecord[];
  readonly claims: readonly ClaimRecord[];
  readonly problems: readonly Problem[];
  /**
   * The claims' full-text index, loaded only when a search asks for it. A
   * function, so that JSON.stringify(index) — the snapshot — leaves it out.
   */
  readonly claimSearch?: () => Promise<ClaimSearch>;
  /** The store file it was read from; absent for the install-time index and one built in memory. Not enumerable: no part of the records. */
  readonly location?: string;
  /** Lets go of the store it was read from (a process that ends need not call it). Not enumerable either. */
  readonly close?: () => void;
  /**
   * Indexed look-ups, when the index is a store: queries use them to read
   * only the records they need, and fall back to the arrays above without
   * them. Each returns what the arrays would give, in the same order.
   */
  readonly lookups?: IndexLookups;
}

export interface IndexLookups {
  /** Encounters every one of these people took part in or attended (a superset of those they all took part in), oldest first. */
  encountersWith(personIds: readonly string[]): readonly EncounterRecord[];
  encounterById(id: string): EncounterRecord | null;
  /** Every distinct location name, city, country, venue and event of the encounters, in the order they first appear. */
  placeNames(): readonly string[];
  /** The words of encounters and people, for search (see record-words.ts). */
  recordPostings(): RecordPostings;
  /** The claim at this position of `claims`. */
  claimAt(n: number): ClaimRecord | undefined;
  claimCount(): number;
}

export interface BuildInput {
  readonly articles: readonly Article[];
  readonly extractions: ReadonlyMap<string, DocumentExtraction>;
  readonly problems: readonly Problem[];
  /** Corrections from curation.yaml; those in front matter come with their articles. */
  readonly corrections?: readonly SourcedCorrection[];
}

const TRIGGER_WORDS = /\b(?:talks|summit|meeting|met|meet|call|conversation|session|sit-down|encounter|press conference)\b/i;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

export function buildIndex(input: BuildInput): Index {
  const articles = [...input.articles].sort((a, b) => (a.id < b.id ? -1 : 1));
  const bodies = new Map(articles.map((a) => [a.id, a.body]));
  const extraction = (id: string) => input.extractions.get(id) as DocumentExtraction;
  const evidence = (document: string, start: number, end: number): Evidence => ({ document, quote: (bodies.get(document) ?? "").slice(start, end), start, end });

  const resolution = resolvePeople(articles.map((a) => ({ id: a.id, people: extraction(a.id).people })));
  const personById = new Map(resolution.people.map((p) => [p.id, p]));
  const idsOf = (doc: string, mentions: readonly PersonMention[]) => [...new Set(mentions.map((m) => resolution.personOf(doc, m)).filter((x): x is string => !!x))];

  // Encounters
  const merged = mergeEncounters(articles.map((a) => ({
    id: a.id,
    sightings: extraction(a.id).encounters
      .map((candidate): Sighting => ({ document: a.id, candidate, people: idsOf(a.id, candidate.participants) }))
      .filter((s) => s.people.length >= 2),
  })));
  attachVenues(merged, articles, input.extractions);

  const principalsOf = (m: MergedEncounter) => m.participants.slice(0, 2).map((id) => personById.get(id)?.name.split(" ").pop() ?? id);
  const firstSource = (m: MergedEncounter) => {
    const s = m.sightings[0] as Sighting;
    return `${s.document}\u0000${String(s.candidate.evidence.start).padStart(9, "0")}`;
  };
  const ids = assignIds(merged, (m) => encounterBaseId({ kind: m.kind, date: m.date, location: m.location, principals: principalsOf(m) }),
    (a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || firstSource(a).localeCompare(firstSource(b)));

  // Attendees: participants named in the reports, and delegation lists.
  const attendees: Record<string, AttendeeRecord[]> = {};
  const sightingsByDoc = new Map<string, Array<{ m: MergedEncounter; s: Sighting }>>();
  for (const m of merged) for (const s of m.sightings) sightingsByDoc.set(s.document, [...(sightingsByDoc.get(s.document) ?? []), { m, s }]);
  const sideOverrides = new Map<string, Map<string, string>>();

  for (const m of merged) {
    const id = ids.get(m) as string;
    const list: AttendeeRecord[] = [];
    const seen = new Set<string>();
    for (const pid of m.participants) {
      const p = personById.get(pid);
      const s = m.sightings.find((x) => x.people.includes(pid));
      if (!p || !s) continue;
      const mention = s.candidate.participants.find((x) => resolution.personOf(s.document, x) === pid);
      seen.add(pid);
      list.push({ id: pid, name: p.name, role: mention?.role ?? p.roles[0] ?? null, side: mention?.side ?? p.side, evidence: evidence(s.document, s.candidate.evidence.start, s.candidate.evidence.end) });
    }
    attendees[id] = list;
  }
  for (const a of articles) {
    const docEncounters = (sightingsByDoc.get(a.id) ?? []).filter(({ m }) => modeOf(m.kind) === "in-person");
    for (const att of extraction(a.id).attendees) {
      const pid = resolution.personOf(a.id, att.person);
      if (!pid) continue;
      // The encounter this delegation belongs to: reported in the same sentence, else the nearest before it.
      const at = att.evidence.start;
      // Several meetings in one sentence: the delegation goes with the one whose place is named nearest it.
      const sameSentence = docEncounters.filter(({ s }) => s.candidate.evidence.start <= at && at < s.candidate.evidence.end);
      const distance = (x: { s: Sighting }) => Math.abs((x.s.candidate.place?.start ?? x.s.candidate.evidence.start) - att.person.start);
      const same = [...sameSentence].sort((x, y) => Number(!!y.s.candidate.date) - Number(!!x.s.candidate.date) || distance(x) - distance(y))[0];
      // The nearest report before; among reports in one sentence, a dated one (the day's meeting, not a back-reference).
      const before = docEncounters.filter(({ s }) => s.candidate.evidence.start <= at)
        .sort((x, y) => y.s.candidate.evidence.start - x.s.candidate.evidence.start || Number(!!y.s.candidate.date) - Number(!!x.s.candidate.date))[0];
      const target = same ?? before ?? (new Set(docEncounters.map(({ m }) => m)).size === 1 ? docEncounters[0] : undefined);
      if (!target) continue;
      const id = ids.get(target.m) as string;
      const list = attendees[id] ?? [];
      const p = personById.get(pid) as ResolvedPerson;
      const principal = att.accompanies ? resolution.personOf(a.id, att.accompanies) : undefined;
      const side = att.side ?? p.side ?? (principal ? personById.get(principal)?.side ?? null : null);
      const existing = list.findIndex((x) => x.id === pid);
      const record: AttendeeRecord = { id: pid, name: p.name, role: att.role ?? p.roles[0] ?? null, side, evidence: evidence(a.id, att.evidence.start, att.evidence.end) };
      // A delegation list is the better evidence for someone also named in the report.
      if (existing >= 0) list[existing] = { ...record, role: record.role ?? list[existing]?.role ?? null, side: record.side ?? list[existing]?.side ?? null };
      else list.push(record);
      attendees[id] = list;
    }
  }
  // A principal with no side of their own takes the one side the delegations leave over.
  for (const m of merged) {
    const id = ids.get(m) as string;
    const list = attendees[id] ?? [];
    const sides = new Set(list.map((x) => x.side).filter((s): s is string => !!s));
    const unsided = list.filter((x) => !x.side && m.participants.slice(0, 2).includes(x.id));
    const principalSides = new Set(list.filter((x) => x.side && m.participants.slice(0, 2).includes(x.id)).map((x) => x.side));
    const left = [...sides].filter((s) => !principalSides.has(s));
    if (unsided.length === 1 && left.length === 1) {
      const who = unsided[0] as AttendeeRecord;
      attendees[id] = list.map((x) => (x.id === who.id ? { ...x, side: left[0] as string } : x));
      const o = sideOverrides.get(who.id) ?? new Map<string, string>();
      o.set(id, left[0] as string);
      sideOverrides.set(who.id, o);
    }
  }
  const inferredSide = (pid: string) => [...(sideOverrides.get(pid)?.values() ?? [])][0] ?? null;

  const encounters: EncounterRecord[] = merged.map((m) => {
    const id = ids.get(m) as string;
    const list = attendees[id] ?? [];
    const participants: ParticipantRef[] = m.participants.map((pid) => {
      const p = personById.get(pid) as ResolvedPerson;
      const a = list.find((x) => x.id === pid);
      return { id: pid, name: p.name, role: a?.role ?? p.roles[0] ?? null, side: a?.side ?? p.side ?? inferredSide(pid) };
    });
    const sources: Evidence[] = [];
    for (const s of [...m.sightings].sort((x, y) => Number(x.candidate.reference) - Number(y.candidate.reference))) {
      if (sources.some((e) => e.document === s.document)) continue;
      sources.push(evidence(s.document, s.candidate.evidence.start, s.candidate.evidence.end));
    }
    sources.sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.start - y.start));
    const whereabouts: Array<{ id: string; name: string; place: string }> = [];
    for (const s of m.sightings) for (const w of s.candidate.whereabouts) {
      const pid = resolution.personOf(s.document, w.person);
      const place = w.place.venue ?? w.place.city ?? w.place.region ?? w.place.country ?? w.place.text;
      if (pid && m.participants.includes(pid) && !whereabouts.some((x) => x.id === pid)) whereabouts.push({ id: pid, name: personById.get(pid)?.name ?? w.person.name, place });
    }
    const explanation = m.sightings
      .map((s) => ({ document: s.document, start: s.candidate.evidence.start, end: s.candidate.evidence.end, rules: s.candidate.rules ?? [] }))
      .sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : x.start - y.start));
    return { id, title: titleOf(m, participants), kind: m.kind, status: m.status, date: m.date, event: m.event, location: m.location, participants, topics: m.topics, sources, disputes: m.disputes, curated: [], whereabouts, explanation };
  }).sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id));

  // Claims. Their ids start with the document's slug, made unique ("a b.md" and "a-b.md") and never
  // empty (a file named in another script slugs to nothing, so its content hash stands in).
  const docSlugs = assignIds(articles, (a) => slugify(a.id.replace(/\.[^.]+$/, "")) || `doc-${a.hash.slice(0, 8)}`, (a, b) => (a.id < b.id ? -1 : 1));
  const claims: ClaimRecord[] = [];
  for (const a of articles) {
    const x = extraction(a.id);
    const docEncounters = sightingsByDoc.get(a.id) ?? [];
    const distinct = [...new Set(docEncounters.map(({ m }) => m))];
    const body = a.body;
    x.claims.forEach((c, i) => {
      const pid = c.speaker ? resolution.personOf(a.id, c.speaker) : undefined;
      const speaker = pid ? { id: pid, name: (personById.get(pid) as ResolvedPerson).name } : c.source ? { id: slugify(c.source), name: c.source } : null;
      const window = body.slice(Math.max(0, body.lastIndexOf("\n", c.evidence.start - 2)), c.evidence.end);
      let encounter: string | null = null;
      if (distinct.length === 1) encounter = ids.get(distinct[0] as MergedEncounter) ?? null;
      else if (TRIGGER_WORDS.test(window) && docEncounters.length) {
        const before = docEncounters.filter(({ s }) => s.candidate.evidence.start <= c.evidence.start && !s.candidate.reference);
        const pick = (before[before.length - 1] ?? docEncounters.find(({ s }) => !s.candidate.reference))?.m;
        const speakerTakesPart = pid && pick?.participants.includes(pid);
        if (pick && (speakerTakesPart || !pid)) encounter = ids.get(pick) ?? null;
      }
      claims.push({ id: `${docSlugs.get(a) as string}-q${i + 1}`, text: c.text, speaker, encounter, source: evidence(a.id, c.evidence.start, c.evidence.end), curated: [] });
    });
  }

  const curatable = { encounters: [...encounters], claims, people: [...resolution.people], attendees };
  const curationProblems = applyCorrections(curatable, [...articles.flatMap((a) => a.corrections), ...(input.corrections ?? [])], bodies);
  const curated = curatable.encounters;
  // Inverted once here: filtering every encounter per person and per document is quadratic at 10,000 articles.
  const encountersOfPerson = new Map<string, string[]>();
  const encountersOfDocument = new Map<string, string[]>();
  const append = (m: Map<string, string[]>, k: string, v: string) => {
    const list = m.get(k);
    if (list) list.push(v);
    else m.set(k, [v]);
  };
  for (const e of curated) {
    for (const pid of new Set([...e.participants.map((x) => x.id), ...(attendees[e.id] ?? []).map((x) => x.id)])) append(encountersOfPerson, pid, e.id);
    for (const doc of new Set(e.sources.map((x) => x.document))) append(encountersOfDocument, doc, e.id);
  }
  const people: PersonRecord[] = curatable.people.map((p) => ({
    id: p.id,
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    side: p.side ?? inferredSide(p.id),
    encounters: encountersOfPerson.get(p.id) ?? [],
    documents: p.documents,
  }));

  const count = (keys: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const claimsOfDocument = count(claims.map((c) => c.source.document));
  const peopleOfDocument = count(people.flatMap((p) => [...new Set(p.documents)]));
  const documents: DocumentRecord[] = articles.map((a) => ({
    id: a.id,
    title: a.title,
    publisher: a.publisher,
    published: a.published,
    url: a.url,
    kind: a.kind,
    encounters: encountersOfDocument.get(a.id) ?? [],
    claims: claimsOfDocument.get(a.id) ?? 0,
    people: peopleOfDocument.get(a.id) ?? 0,
  }));

  return deepFreeze({ documents, encounters: curated, attendees, people, claims, problems: [...input.problems, ...curationProblems] });
}

const KIND_WORD: Record<string, string> = { summit: "summit", sideline: "meeting", meeting: "meeting", call: "phone call", video: "video call" };

function titleOf(m: MergedEncounter, participants: readonly ParticipantRef[]): string {
  const names = participants.slice(0, 2).map((p) => p.name).join(" and ");
  const where = m.location ? ` in ${m.location.name}` : "";
  const at = m.event ? ` at the ${m.event}` : "";
  return `${names}: ${KIND_WORD[m.kind] ?? m.kind}${at}${where}`;
}

/** A venue named elsewhere in a report of one in-person encounter ("outside Villa La Grange") belongs to it. */
function attachVenues(merged: MergedEncounter[], articles: readonly Article[], extractions: ReadonlyMap<string, DocumentExtraction>): void {
  // Positions of the in-person encounters each document reports first-hand; replacing one keeps its sightings, so this stays true.
  const inPersonOf = new Map<string, number[]>();
  merged.forEach((m, i) => {
    if (modeOf(m.kind) !== "in-person") return;
    for (const doc of new Set(m.sightings.filter((s) => !s.candidate.reference).map((s) => s.document))) {
      const list = inPersonOf.get(doc);
      if (list) list.push(i);
      else inPersonOf.set(doc, [i]);
    }
  });
  for (const a of articles) {
    const venues = extractions.get(a.id)?.venues ?? [];
    const distinct = [...new Set(venues.map((v) => fold(v.venue ?? "")))];
    if (distinct.length !== 1) continue;
    const inPerson = inPersonOf.get(a.id) ?? [];
    if (inPerson.length !== 1) continue;
    const i = inPerson[0] as number;
    const m = merged[i] as MergedEncounter;
    const v = venues[0];
    if (!v || m.location?.venue || (v.city && m.location?.city && fold(v.city) !== fold(m.location.city))) continue;
    merged[i] = { ...m, location: { name: m.location?.name ?? v.city ?? v.venue ?? v.text, city: m.location?.city ?? v.city, country: m.location?.country ?? v.country, venue: v.venue } };
  }
}
