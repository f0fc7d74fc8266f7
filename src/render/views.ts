// One view per kind of record: its columns (with the priority each keeps when
// the terminal is narrow), its data columns and its JSON. Priority 0 is never
// dropped; the highest number goes first.

import type { Problem } from "../corpus/load.js";
import {
  ATTENDEE_FIELDS, CLAIM_FIELDS, DOCUMENT_FIELDS, ENCOUNTER_FIELDS, PERSON_FIELDS,
  attendeeJson, claimJson, documentJson, encounterJson, personJson,
  type AttendeeRecord, type ClaimRecord, type DocumentRecord, type EncounterRecord, type PersonRecord,
} from "../index/records.js";
import type { SearchHit } from "../query/search.js";
import type { View } from "./format.js";
import { problemJson } from "./problems.js";

export const placeOf = (e: EncounterRecord) =>
  [...new Set([e.location?.venue, e.location?.name, e.location?.country].filter((x): x is string => !!x))].join(", ");
export const participantsOf = (e: EncounterRecord) => e.participants.map((p) => p.name).join(", ");
/** A dispute a person recorded (curation), as opposed to sources that disagree on a field. */
export const disputeNotes = (e: EncounterRecord) => e.disputes.filter((d) => d.field === "note").flatMap((d) => d.values.map((v) => v.value));

export const encounterView: View<EncounterRecord> = {
  noun: "encounters",
  columns: [
    { name: "id", header: "ID", priority: 0, fixed: true, cell: (e) => e.id },
    { name: "date", header: "Date", priority: 0, fixed: true, cell: (e) => e.date ?? "" },
    { name: "kind", header: "Kind", priority: 4, min: 8, only: "table", cell: (e) => e.kind + (e.event ? ` (${e.event})` : "") },
    { name: "kind", header: "Kind", priority: 3, only: "data", cell: (e) => e.kind },
    { name: "event", header: "Event", priority: 6, only: "data", cell: (e) => e.event ?? "" },
    { name: "status", header: "Status", priority: 2, fixed: true, only: "table", cell: (e) => e.status + (e.disputes.length ? "*" : "") },
    { name: "status", header: "Status", priority: 1, only: "data", cell: (e) => e.status },
    { name: "disputed", header: "Disputed", priority: 6, only: "data", cell: (e) => disputeNotes(e).join("; ") },
    { name: "place", header: "Place", priority: 3, min: 12, cell: (e) => placeOf(e) },
    { name: "participants", header: "Participants", priority: 1, min: 20, cell: participantsOf },
  ],
  json: encounterJson,
  fields: ENCOUNTER_FIELDS,
  legend: (list) => {
    const marked = list.filter((e) => e.disputes.length);
    if (!marked.length) return null;
    return `* disputed, or sources disagree: ${marked.map((e) => e.id).join(", ")} (summits show ID says how)`;
  },
};

export const attendeeView: View<AttendeeRecord> = {
  noun: "attendees",
  columns: [
    { name: "side", header: "Side", priority: 2, min: 8, cell: (a) => a.side ?? "" },
    { name: "id", header: "ID", priority: 5, only: "data", cell: (a) => a.id },
    { name: "name", header: "Name", priority: 0, fixed: true, cell: (a) => a.name },
    { name: "role", header: "Role", priority: 3, min: 12, cell: (a) => a.role ?? "" },
    { name: "document", header: "Document", priority: 4, min: 12, cell: (a) => a.evidence.document },
    { name: "start", header: "Start", priority: 6, only: "data", cell: (a) => String(a.evidence.start) },
    { name: "end", header: "End", priority: 6, only: "data", cell: (a) => String(a.evidence.end) },
    { name: "evidence", header: "Evidence", priority: 1, min: 20, cell: (a) => a.evidence.quote },
  ],
  json: attendeeJson,
  fields: ATTENDEE_FIELDS,
};

export const personView: View<PersonRecord> = {
  noun: "people",
  columns: [
    { name: "id", header: "ID", priority: 3, fixed: true, cell: (p) => p.id },
    { name: "name", header: "Name", priority: 0, fixed: true, cell: (p) => p.name },
    { name: "side", header: "Side", priority: 2, min: 8, cell: (p) => p.side ?? "" },
    { name: "roles", header: "Roles", priority: 4, min: 12, cell: (p) => p.roles.slice(0, 3).join("; ") },
    { name: "aliases", header: "Aliases", priority: 6, only: "data", cell: (p) => p.aliases.join("; ") },
    { name: "encounters", header: "Encounters", priority: 1, fixed: true, cell: (p) => String(p.encounters.length) },
  ],
  json: personJson,
  fields: PERSON_FIELDS,
};

export const claimView: View<ClaimRecord> = {
  noun: "claims",
  columns: [
    { name: "id", header: "ID", priority: 4, fixed: true, cell: (c) => c.id },
    { name: "speaker", header: "Speaker", priority: 1, min: 10, cell: (c) => c.speaker?.name ?? "" },
    { name: "claim", header: "Claim", priority: 0, min: 40, cell: (c) => c.text },
    { name: "encounter", header: "Encounter", priority: 3, fixed: true, cell: (c) => c.encounter ?? "" },
    { name: "document", header: "Document", priority: 5, min: 12, only: "data", cell: (c) => c.source.document },
  ],
  json: claimJson,
  fields: CLAIM_FIELDS,
};

export const documentView: View<DocumentRecord> = {
  noun: "documents",
  columns: [
    { name: "document", header: "Document", priority: 0, min: 16, cell: (d) => d.id },
    { name: "publisher", header: "Publisher", priority: 4, min: 10, cell: (d) => d.publisher ?? "" },
    { name: "published", header: "Published", priority: 1, fixed: true, cell: (d) => d.published ?? "" },
    { name: "kind", header: "Kind", priority: 5, fixed: true, cell: (d) => d.kind ?? "" },
    { name: "encounters", header: "Encounters", priority: 3, min: 12, cell: (d) => d.encounters.join(", ") },
    { name: "claims", header: "Claims", priority: 2, fixed: true, cell: (d) => String(d.claims) },
    { name: "people", header: "People", priority: 2, fixed: true, cell: (d) => String(d.people) },
  ],
  json: documentJson,
  fields: DOCUMENT_FIELDS,
};

const searchHitJson = (h: SearchHit) => ({ type: h.type, id: h.id, label: h.label, score: h.score });
export const searchHitView: View<SearchHit> = {
  noun: "matches",
  columns: [
    { name: "type", header: "Type", priority: 2, fixed: true, cell: (h) => h.type },
    { name: "id", header: "ID", priority: 0, fixed: true, cell: (h) => h.id },
    { name: "match", header: "Match", priority: 1, min: 16, cell: (h) => h.label },
    { name: "score", header: "Score", priority: 3, fixed: true, cell: (h) => h.score.toFixed(3) },
  ],
  json: searchHitJson,
  fields: ["type", "id", "label", "score"],
};

export const problemView: View<Problem> = {
  noun: "problems",
  columns: [
    { name: "file", header: "File", priority: 0, min: 16, cell: (p) => p.file },
    { name: "line", header: "Line", priority: 3, fixed: true, cell: (p) => (p.line ? String(p.line) : "") },
    { name: "severity", header: "Severity", priority: 1, fixed: true, cell: (p) => p.severity },
    { name: "field", header: "Field", priority: 4, min: 8, cell: (p) => p.field ?? "" },
    { name: "message", header: "Message", priority: 0, min: 20, cell: (p) => p.message },
  ],
  json: problemJson,
  fields: ["file", "line", "field", "severity", "message"],
};
