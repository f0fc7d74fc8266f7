// The records the index holds and the one place their JSON shapes are defined.
// Every --json output is built from these functions, keys in a fixed order.

import type { Dispute, Location } from "../resolve/merge.js";
export type { Dispute, DisputeValue, Location } from "../resolve/merge.js";

import type { EncounterKind, EncounterStatus } from "../schema.js";
export { ENCOUNTER_KINDS, ENCOUNTER_STATUSES, type EncounterKind, type EncounterStatus } from "../schema.js";

/** A span of an article body: body.slice(start, end) === quote. */
export interface Evidence {
  readonly document: string;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
}

export interface ParticipantRef {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly side: string | null;
}

export interface EncounterRecord {
  readonly id: string;
  readonly title: string;
  readonly kind: EncounterKind;
  readonly status: EncounterStatus;
  readonly date: string | null;
  readonly event: string | null;
  readonly location: Location | null;
  readonly participants: readonly ParticipantRef[];
  readonly topics: readonly string[];
  readonly sources: readonly Evidence[];
  readonly disputes: readonly Dispute[];
  /** What a human changed through curation, if anything. */
  readonly curated: readonly string[];
  /** Where a side of a call was, when the text says ("Putin, speaking from Sochi"). */
  readonly whereabouts: ReadonlyArray<{ readonly id: string; readonly name: string; readonly place: string }>;
  /** For each report of the encounter, the rule rows and document passes that read it (`show --explain`). */
  readonly explanation: readonly Explanation[];
}

export interface Explanation {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly rules: readonly string[];
}

export interface AttendeeRecord {
  readonly id: string;
  readonly name: string;
  readonly role: string | null;
  readonly side: string | null;
  readonly evidence: Evidence;
}

export interface PersonRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly side: string | null;
  readonly encounters: readonly string[];
  readonly documents: readonly string[];
}

export interface ClaimRecord {
  readonly id: string;
  readonly text: string;
  readonly speaker: { readonly id: string; readonly name: string } | null;
  readonly encounter: string | null;
  readonly source: Evidence;
  /** Notes a human attached through curation (a dispute). */
  readonly curated: readonly string[];
}

export interface DocumentRecord {
  readonly id: string;
  readonly title: string;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly kind: string | null;
  readonly encounters: readonly string[];
  readonly claims: number;
  readonly people: number;
}

// JSON shapes: explicit key order, so output is stable whatever built the record.

export const evidenceJson = (e: Evidence) => ({ document: e.document, quote: e.quote, start: e.start, end: e.end });

export const encounterJson = (e: EncounterRecord) => ({
  id: e.id,
  title: e.title,
  kind: e.kind,
  status: e.status,
  date: e.date,
  event: e.event,
  location: e.location ? { name: e.location.name, city: e.location.city, country: e.location.country, venue: e.location.venue } : null,
  participants: e.participants.map((p) => ({ id: p.id, name: p.name, role: p.role, side: p.side })),
  topics: [...e.topics],
  sources: e.sources.map(evidenceJson),
  disputes: e.disputes.map((d) => ({ field: d.field, values: d.values.map((v) => ({ value: v.value, document: v.document })) })),
  curated: [...e.curated],
  whereabouts: e.whereabouts.map((w) => ({ id: w.id, name: w.name, place: w.place })),
});

export const explanationJson = (x: Explanation) => ({ document: x.document, start: x.start, end: x.end, rules: [...x.rules] });

export const attendeeJson = (a: AttendeeRecord) => ({ id: a.id, name: a.name, role: a.role, side: a.side, evidence: evidenceJson(a.evidence) });

export const personJson = (p: PersonRecord) => ({
  id: p.id,
  name: p.name,
  aliases: [...p.aliases],
  roles: [...p.roles],
  side: p.side,
  encounters: [...p.encounters],
  documents: [...p.documents],
});

export const claimJson = (c: ClaimRecord) => ({
  id: c.id,
  text: c.text,
  speaker: c.speaker ? { id: c.speaker.id, name: c.speaker.name } : null,
  encounter: c.encounter,
  source: evidenceJson(c.source),
  curated: [...c.curated],
});

export const documentJson = (d: DocumentRecord) => ({
  id: d.id,
  title: d.title,
  publisher: d.publisher,
  published: d.published,
  url: d.url,
  kind: d.kind,
  encounters: [...d.encounters],
  claims: d.claims,
  people: d.people,
});

export type EncounterJson = ReturnType<typeof encounterJson>;
export type ExplanationJson = ReturnType<typeof explanationJson>;
export type AttendeeJson = ReturnType<typeof attendeeJson>;
export type PersonJson = ReturnType<typeof personJson>;
export type ClaimJson = ReturnType<typeof claimJson>;
export type DocumentJson = ReturnType<typeof documentJson>;

// The keys of each JSON shape, in order: what `--json FIELD,…` may select and
// `--sort FIELD` may order by. A test checks each against its *Json function.

export const ENCOUNTER_FIELDS = ["id", "title", "kind", "status", "date", "event", "location", "participants", "topics", "sources", "disputes", "curated", "whereabouts"] as const satisfies ReadonlyArray<keyof EncounterJson>;
export const ATTENDEE_FIELDS = ["id", "name", "role", "side", "evidence"] as const satisfies ReadonlyArray<keyof AttendeeJson>;
export const PERSON_FIELDS = ["id", "name", "aliases", "roles", "side", "encounters", "documents"] as const satisfies ReadonlyArray<keyof PersonJson>;
export const CLAIM_FIELDS = ["id", "text", "speaker", "encounter", "source", "curated"] as const satisfies ReadonlyArray<keyof ClaimJson>;
export const DOCUMENT_FIELDS = ["id", "title", "publisher", "published", "url", "kind", "encounters", "claims", "people"] as const satisfies ReadonlyArray<keyof DocumentJson>;
