// Filters of list, people and claims: pure functions from the index and a
// request to records. Dates and years are checked as the user typed them.

import { UsageError } from "../errors.js";
import { fold } from "../fold.js";
import { isEncounterKind, isMode, kindsOfMode } from "../schema.js";
import type { Index } from "../index/build.js";
import { ENCOUNTER_KINDS, ENCOUNTER_STATUSES, type ClaimRecord, type EncounterKind, type EncounterRecord, type EncounterStatus, type PersonRecord } from "../index/records.js";
import { findPerson } from "./lookup.js";

export interface ListRequest {
  readonly with: readonly string[];
  readonly kind: readonly EncounterKind[];
  readonly status: readonly EncounterStatus[];
  readonly year: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly place: string | null;
  /** A participant's side contains this (--side). */
  readonly side?: string | null;
  /** A source document's path contains this (--source). */
  readonly source?: string | null;
}

/** The values of a repeatable, comma-separable flag, each as typed (for errors) and folded (to compare). */
const listValues = (values: readonly string[]) => values.flatMap((v) => v.split(",")).map((typed) => ({ typed: typed.trim(), value: typed.trim().toLowerCase() })).filter((v) => v.value);

export function parseKinds(values: readonly string[]): EncounterKind[] {
  return listValues(values).flatMap(({ typed, value }) => {
    if (isMode(value)) return kindsOfMode(value);
    if (!isEncounterKind(value)) throw new UsageError(`--kind: "${typed}" is not one of ${ENCOUNTER_KINDS.join(", ")}, in-person, remote`);
    return [value];
  });
}

export function parseStatuses(values: readonly string[]): EncounterStatus[] {
  return listValues(values).map(({ typed, value }) => {
    if (!(ENCOUNTER_STATUSES as readonly string[]).includes(value)) throw new UsageError(`--status: "${typed}" is not one of ${ENCOUNTER_STATUSES.join(", ")}`);
    return value as EncounterStatus;
  });
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether YYYY, YYYY-MM or YYYY-MM-DD names a real year, month or day. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysIn(year, month);
}

/** A --from/--to/--year value as typed, or a usage error that quotes it. */
export function checkDateBound(flag: string, value: string | null, shape = "YYYY, YYYY-MM or YYYY-MM-DD"): string | null {
  if (value === null) return null;
  const typed = value.trim();
  if (!isCalendarDate(typed) || (flag === "--year" && typed.length !== 4)) throw new UsageError(`${flag}: "${value}" is not a date (${flag === "--year" ? "YYYY" : shape})`);
  return typed;
}

/** An encounter is within [from, to] when any day it may be on is. */
export function withinBounds(date: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

const contains = (haystack: string | null | undefined, needle: string) => haystack !== null && haystack !== undefined && fold(haystack).includes(needle);

export function filterEncounters(index: Index, req: ListRequest): EncounterRecord[] {
  const people = req.with.map((w) => findPerson(index, w).id);
  const place = req.place ? fold(req.place.trim()) : null;
  const side = req.side ? fold(req.side.trim()) : null;
  const source = req.source ? fold(req.source.trim()) : null;
  // With people named, only their encounters are read (an indexed look-up when the index is a store).
  const pool = people.length && index.lookups ? index.lookups.encountersWith(people) : index.encounters;
  return pool.filter((e) => {
    if (people.some((p) => !e.participants.some((x) => x.id === p))) return false;
    if (req.kind.length && !req.kind.includes(e.kind)) return false;
    if (req.status.length && !req.status.includes(e.status)) return false;
    if (req.year && !(e.date ?? "").startsWith(req.year)) return false;
    if (!withinBounds(e.date, req.from, req.to)) return false;
    if (place && !contains([e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event].filter(Boolean).join(" "), place)) return false;
    if (side && !e.participants.some((p) => contains(p.side, side)) && !(index.attendees[e.id] ?? []).some((a) => contains(a.side, side))) return false;
    if (source && !e.sources.some((s) => contains(s.document, source))) return false;
    return true;
  });
}

export interface PeopleRequest {
  readonly side: string | null;
  readonly source: string | null;
}

export function filterPeople(index: Index, req: PeopleRequest): PersonRecord[] {
  const side = req.side ? fold(req.side.trim()) : null;
  const source = req.source ? fold(req.source.trim()) : null;
  return index.people.filter((p) => (!side || contains(p.side, side)) && (!source || p.documents.some((d) => contains(d, source))));
}

export interface ClaimsRequest {
  readonly encounter: string | null;
  /** Speaker ids (--by); null: anyone. */
  readonly speakers: ReadonlySet<string> | null;
  readonly side: string | null;
  readonly source: string | null;
}

export function filterClaims(index: Index, req: ClaimsRequest): ClaimRecord[] {
  const side = req.side ? fold(req.side.trim()) : null;
  const source = req.source ? fold(req.source.trim()) : null;
  const sideOf = side ? new Map(index.people.map((p) => [p.id, p.side])) : null;
  return index.claims.filter((c) =>
    (!req.encounter || c.encounter === req.encounter) &&
    (!req.speakers || (c.speaker !== null && req.speakers.has(c.speaker.id))) &&
    (!side || (c.speaker !== null && contains(sideOf?.get(c.speaker.id), side))) &&
    (!source || contains(c.source.document, source)));
}
