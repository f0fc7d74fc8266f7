// `list` filters: pure functions from the index and a request to encounters.

import { UsageError } from "../errors.js";
import { isEncounterKind, isMode, kindsOfMode } from "../schema.js";
import type { Index } from "../index/build.js";
import { ENCOUNTER_KINDS, ENCOUNTER_STATUSES, type EncounterKind, type EncounterRecord, type EncounterStatus } from "../index/records.js";
import { findPerson } from "./lookup.js";

export interface ListRequest {
  readonly with: readonly string[];
  readonly kind: readonly EncounterKind[];
  readonly status: readonly EncounterStatus[];
  readonly year: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly place: string | null;
}

const norm = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

export function parseKinds(values: readonly string[]): EncounterKind[] {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()).filter(Boolean).map((v) => {
    if (isMode(v)) return kindsOfMode(v);
    if (!isEncounterKind(v)) throw new UsageError(`--kind: "${v}" is not one of ${ENCOUNTER_KINDS.join(", ")}, in-person, remote`);
    return [v];
  }).flat();
}

export function parseStatuses(values: readonly string[]): EncounterStatus[] {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()).filter(Boolean).map((v) => {
    if (!(ENCOUNTER_STATUSES as readonly string[]).includes(v)) throw new UsageError(`--status: "${v}" is not one of ${ENCOUNTER_STATUSES.join(", ")}`);
    return v as EncounterStatus;
  });
}

export function checkDateBound(flag: string, value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) throw new UsageError(`${flag}: "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return value;
}

/** An encounter is within [from, to] when any day it may be on is. */
function withinBounds(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export function filterEncounters(index: Index, req: ListRequest): EncounterRecord[] {
  const people = req.with.map((w) => findPerson(index, w).id);
  const place = req.place ? norm(req.place) : null;
  // With people named, only their encounters are read (an indexed look-up when the index is a store).
  const pool = people.length && index.lookups ? index.lookups.encountersWith(people) : index.encounters;
  return pool.filter((e) => {
    if (people.some((p) => !e.participants.some((x) => x.id === p))) return false;
    if (req.kind.length && !req.kind.includes(e.kind)) return false;
    if (req.status.length && !req.status.includes(e.status)) return false;
    if (req.year && !(e.date ?? "").startsWith(req.year)) return false;
    if (!withinBounds(e.date, req.from, req.to)) return false;
    if (place) {
      const where = norm([e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event].filter(Boolean).join(" "));
      if (!where.includes(place)) return false;
    }
    return true;
  });
}
