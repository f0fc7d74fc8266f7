// Applies curated corrections to the built records. They run after
// extraction and merging, so a human's word is final, and every record a
// correction touched says so in `curated`.

import type { SourcedCorrection } from "../corpus/corrections.js";
import type { Problem } from "../corpus/load.js";
import { fold as foldCase, slugify } from "../extract/text.js";
import { encounterBaseId } from "./ids.js";
import type { AttendeeRecord, ClaimRecord, EncounterRecord, Evidence, ParticipantRef, PersonRecord } from "./records.js";

export interface Curatable {
  encounters: EncounterRecord[];
  claims: ClaimRecord[];
  /** Every person known so far; an added encounter names these, or adds new ones here. */
  people: Array<Pick<PersonRecord, "id" | "name" | "aliases" | "roles" | "side" | "documents">>;
  attendees: Record<string, AttendeeRecord[]>;
}

const fold = (s: string) => foldCase(s).trim();

function locationOf(place: string): EncounterRecord["location"] {
  const [city, ...rest] = place.split(",").map((s) => s.trim());
  const country = rest.length ? (rest[rest.length - 1] ?? null) : null;
  return { name: city ?? place, city: city ?? null, country, venue: null };
}

export function applyCorrections(records: Curatable, corrections: readonly SourcedCorrection[], bodies: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const warn = (c: SourcedCorrection, message: string) =>
    problems.push({ file: c.origin.startsWith("curation.yaml") ? "curation.yaml" : c.document, line: null, field: "corrections", severity: "warning", message: `${c.origin}: ${message}` });
  const byId = (id: string) => records.encounters.find((e) => e.id === id);
  const note = (e: EncounterRecord, what: string, c: SourcedCorrection): EncounterRecord => ({ ...e, curated: [...e.curated, `${what} (${c.document})`] });
  const replace = (old: EncounterRecord, next: EncounterRecord) => {
    records.encounters[records.encounters.indexOf(old)] = next;
  };
  // Drops and merges first, so later corrections see the records they leave.
  const order = (c: SourcedCorrection) => ("drop" in c.correction ? 0 : "merge" in c.correction ? 1 : "set" in c.correction ? 2 : "add" in c.correction ? 3 : 4);
  for (const c of [...corrections].sort((a, b) => order(a) - order(b))) {
    const k = c.correction;
    if ("drop" in k) {
      const e = byId(k.drop);
      if (!e) warn(c, `drop: no encounter "${k.drop}"`);
      else records.encounters.splice(records.encounters.indexOf(e), 1);
    } else if ("merge" in k) {
      const found = k.merge.map(byId);
      const missing = k.merge.filter((_, i) => !found[i]);
      if (missing.length) {
        warn(c, `merge: no encounter ${missing.map((m) => `"${m}"`).join(", ")}`);
        continue;
      }
      const [keep, ...rest] = found as EncounterRecord[];
      if (!keep) continue;
      const participants: ParticipantRef[] = [...keep.participants];
      for (const r of rest) for (const p of r.participants) if (!participants.some((x) => x.id === p.id)) participants.push(p);
      const sources: Evidence[] = [...keep.sources, ...rest.flatMap((r) => r.sources)];
      replace(keep, note({ ...keep, participants, sources, topics: [...new Set([...keep.topics, ...rest.flatMap((r) => r.topics)])] }, `merged ${rest.map((r) => r.id).join(", ")}`, c));
      for (const r of rest) {
        records.encounters.splice(records.encounters.indexOf(r), 1);
        for (const claim of records.claims) if (claim.encounter === r.id) records.claims[records.claims.indexOf(claim)] = { ...claim, encounter: keep.id };
        records.attendees[keep.id] = [...(records.attendees[keep.id] ?? []), ...(records.attendees[r.id] ?? []).filter((a) => !(records.attendees[keep.id] ?? []).some((x) => x.id === a.id))];
        delete records.attendees[r.id];
      }
    } else if ("set" in k) {
      const e = byId(k.set.encounter);
      if (!e) {
        warn(c, `set: no encounter "${k.set.encounter}"`);
        continue;
      }
      const changes = [k.set.date && `date ${e.date ?? "unknown"} → ${k.set.date}`, k.set.place && `place → ${k.set.place}`, k.set.kind && `kind ${e.kind} → ${k.set.kind}`, k.set.status && `status ${e.status} → ${k.set.status}`, k.set.note].filter(Boolean).join("; ");
      replace(e, note({
        ...e,
        date: k.set.date ?? e.date,
        location: k.set.place ? locationOf(k.set.place) : e.location,
        kind: k.set.kind ?? e.kind,
        status: k.set.status ?? e.status,
      }, `corrected: ${changes}`, c));
    } else if ("add" in k) {
      const body = bodies.get(c.document);
      const start = body?.indexOf(k.add.quote) ?? -1;
      if (!body || start < 0) {
        warn(c, "add.quote: does not occur verbatim in the article body");
        continue;
      }
      const participants: ParticipantRef[] = k.add.participants.map((name) => {
        const p = records.people.find((x) => fold(x.name) === fold(name) || x.aliases.some((a) => fold(a) === fold(name)));
        if (p) return { id: p.id, name: p.name, role: p.roles[0] ?? null, side: p.side };
        const id = slugify(name);
        if (!records.people.some((x) => x.id === id)) records.people.push({ id, name, aliases: [], roles: [], side: null, documents: [c.document] });
        return { id, name, role: null, side: null };
      });
      const record: EncounterRecord = {
        id: "",
        title: `${participants.slice(0, 2).map((p) => p.name).join(" and ")}: ${k.add.kind}${k.add.place ? ` in ${k.add.place}` : ""}`,
        kind: k.add.kind,
        status: k.add.status ?? "held",
        date: k.add.date ?? null,
        event: k.add.event ?? null,
        location: k.add.place ? locationOf(k.add.place) : null,
        participants,
        topics: [],
        sources: [{ document: c.document, quote: k.add.quote, start, end: start + k.add.quote.length }],
        disputes: [],
        curated: [`added by curation (${c.document})`],
        whereabouts: [],
        explanation: [{ document: c.document, start, end: start + k.add.quote.length, rules: ["curation.add"] }],
      };
      const taken = new Set(records.encounters.map((e) => e.id));
      const base = encounterBaseId({ kind: record.kind, date: record.date, location: record.location, principals: participants.map((p) => p.name.split(" ").pop() ?? p.name) });
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      records.encounters.push({ ...record, id });
      records.attendees[id] = participants.map((p) => ({ ...p, evidence: record.sources[0] as Evidence }));
    } else if ("dispute" in k) {
      const d = k.dispute;
      if (d.encounter) {
        const e = byId(d.encounter);
        if (!e) warn(c, `dispute: no encounter "${d.encounter}"`);
        else replace(e, note({ ...e, disputes: [...e.disputes, { field: "note", values: [{ value: d.note, document: c.document }] }] }, `disputed: ${d.note}`, c));
      } else if (d.claim) {
        const claim = records.claims.find((x) => x.id === d.claim);
        if (!claim) warn(c, `dispute: no claim "${d.claim}"`);
        else records.claims[records.claims.indexOf(claim)] = { ...claim, curated: [...claim.curated, `disputed: ${d.note} (${c.document})`] };
      }
    }
  }
  records.encounters.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.id.localeCompare(b.id));
  return problems;
}
