// Encounter candidates from every document → one record per real encounter.
// Within a document, back-references ("the talks", "their meeting") fold into
// the encounter they refer to. Across documents, candidates merge when the
// same people meet the same way (in person or remotely) at a compatible date
// and place; different encounters that merely share a place or a month stay
// apart. Where sources disagree, both values are kept as a dispute.

import { datesFit, daysApart, precisionOf } from "../extract/dates.js";
import type { EncounterCandidate } from "../extract/encounters.js";
import { modeOf, type EncounterKind, type EncounterStatus } from "../schema.js";
import { eventKey, type PlaceMention } from "../extract/places.js";
import { fold } from "../extract/text.js";

export interface Location {
  readonly name: string;
  readonly city: string | null;
  readonly country: string | null;
  readonly venue: string | null;
}
export interface DisputeValue {
  readonly value: string;
  readonly document: string;
}
export interface Dispute {
  readonly field: "date" | "place" | "kind" | "count" | "status" | "note";
  readonly values: readonly DisputeValue[];
}

export interface Sighting {
  readonly document: string;
  readonly candidate: EncounterCandidate & { readonly topics: readonly string[] };
  /** Person ids of the participants, unique, in the order the text names them. */
  readonly people: readonly string[];
}

export interface MergedEncounter {
  readonly sightings: readonly Sighting[];
  readonly kind: EncounterKind;
  readonly status: EncounterStatus;
  readonly date: string | null;
  readonly location: Location | null;
  readonly event: string | null;
  /** Person ids, principals first (named by the most sightings). */
  readonly participants: readonly string[];
  readonly topics: readonly string[];
  readonly disputes: readonly Dispute[];
}

const shared = (a: Group, b: readonly string[]) => {
  let n = 0;
  for (const x of b) if (a.peopleSet.has(x)) n++;
  return n;
};
const placeKey = (s: string | null) => (s ? fold(s).replace(/[\s\-'’.]/g, "") : null);

function placesFit(a: PlaceMention | null, b: PlaceMention | null): boolean {
  if (!a || !b) return true;
  const ca = placeKey(a.city), cb = placeKey(b.city);
  if (ca && cb) return ca === cb;
  const va = placeKey(a.venue), vb = placeKey(b.venue);
  if (va && vb && !ca && !cb) return va === vb;
  if (a.country && b.country) return a.country === b.country;
  return true;
}

/**
 * Reports taken to be one encounter so far, with what fits() reads of them
 * kept up to date as reports join: recomputing it from every report on every
 * comparison made merging quadratic in the size of a cluster.
 */
interface Group {
  readonly sightings: Sighting[];
  readonly people: string[];
  readonly peopleSet: Set<string>;
  /** The most precise date (the first of the longest). */
  date: string | null;
  /** The first place with a city, else the first place. */
  place: PlaceMention | null;
  event: string | null;
  readonly mode: ReturnType<typeof modeOf>;
}

function newGroup(first: Sighting): Group {
  const g: Group = { sightings: [], people: [], peopleSet: new Set(), date: null, place: null, event: null, mode: modeOf(first.candidate.kind) };
  join(g, [first]);
  return g;
}

function join(g: Group, sightings: readonly Sighting[]): void {
  for (const s of sightings) {
    g.sightings.push(s);
    for (const p of s.people) if (!g.peopleSet.has(p)) (g.peopleSet.add(p), g.people.push(p));
    const { date, place, event } = s.candidate;
    if (date && date.length > (g.date?.length ?? 0)) g.date = date;
    if (place && (!g.place || (place.city && !g.place.city))) g.place = place;
    if (!g.event && event) g.event = event;
  }
}

const groupDate = (g: Group) => g.date;
const groupPlace = (g: Group) => g.place;
const groupEvent = (g: Group) => g.event;
const groupPeople = (g: Group): readonly string[] => g.people;
const groupMode = (g: Group) => g.mode;

function best(dates: ReadonlyArray<string | null>): string | null {
  return dates.filter((d): d is string => !!d).sort((a, b) => b.length - a.length)[0] ?? null;
}

const sameEvent = (a: string | null, b: string | null) => !a || !b || eventKey(fold(a)) === eventKey(fold(b));

/** Whether two groups can be the same encounter; "near" allows a dispute over a day or two. */
function fits(a: Group, b: Group, allowNear: boolean): boolean {
  if (groupMode(a) !== groupMode(b)) return false;
  if (shared(a, groupPeople(b)) < 2) return false;
  if (!sameEvent(groupEvent(a), groupEvent(b))) return false;
  const pa = groupPlace(a), pb = groupPlace(b);
  const da = groupDate(a), db = groupDate(b);
  if (!datesFit(da, db)) {
    const near = daysApart(da, db);
    if (!(allowNear && near !== null && near <= 3 && pa?.city && pb?.city && placesFit(pa, pb))) return false;
  }
  if (!placesFit(pa, pb)) {
    // One encounter reported at two cities on the same day, or on the margins of the same gathering
    // in the same month: a dispute, not two meetings.
    const sameDay = da && db && da.length === 10 && da === db;
    const sameGathering = groupEvent(a) && groupEvent(b) && da && db && da.slice(0, 7) === db.slice(0, 7);
    if (!(allowNear && (sameDay || sameGathering))) return false;
  }
  // Two undated, unplaced reports from different documents cannot be matched to each other.
  if (!da && !db && !pa && !pb && !groupEvent(a) && !groupEvent(b)) return false;
  return true;
}

/** Folds one document's candidates into its encounters. */
function groupDocument(sightings: readonly Sighting[]): Group[] {
  const groups: Group[] = [];
  for (const s of sightings.filter((x) => !x.candidate.reference)) {
    const g = newGroup(s);
    const into = groups.find((h) => fits(h, g, false));
    if (into) join(into, [s]);
    else groups.push(g);
  }
  for (const s of sightings.filter((x) => x.candidate.reference)) {
    const mode = modeOf(s.candidate.kind);
    const candidates = groups.filter((g) => groupMode(g) === mode && shared(g, s.people) >= 2);
    if (candidates.length === 0) continue;
    const at = s.candidate.evidence.start;
    const before = candidates.filter((g) => (g.sightings[0] as Sighting).candidate.evidence.start <= at);
    const target = before[before.length - 1] ?? candidates[0];
    if (target) join(target, [s]);
  }
  return groups;
}

const KIND_RANK: Record<EncounterKind, number> = { sideline: 3, summit: 2, meeting: 1, video: 2, call: 1 };

function locationOf(places: ReadonlyArray<PlaceMention | null>): Location | null {
  const list = places.filter((p): p is PlaceMention => !!p);
  if (list.length === 0) return null;
  const withCity = list.find((p) => p.city);
  const venue = list.find((p) => p.venue)?.venue ?? null;
  const main = withCity ?? list.find((p) => p.region) ?? list.find((p) => p.country) ?? (list[0] as PlaceMention);
  const city = main.city;
  const country = main.country ?? list.find((p) => p.country)?.country ?? null;
  const name = city ?? main.region ?? country ?? venue ?? main.text;
  return { name, city, country, venue };
}

function disputesOf(sightings: readonly Sighting[]): Dispute[] {
  const out: Dispute[] = [];
  const primary = sightings.filter((s) => !s.candidate.reference);
  const dayValues = new Map<string, string>();
  for (const s of primary) if (s.candidate.date && precisionOf(s.candidate.date) === "day" && !dayValues.has(s.candidate.date)) dayValues.set(s.candidate.date, s.document);
  if (dayValues.size > 1) out.push({ field: "date", values: [...dayValues].map(([value, document]) => ({ value, document })) });
  const cities = new Map<string, string>();
  for (const s of primary) {
    const c = s.candidate.place?.city;
    if (c && ![...cities.keys()].some((k) => placeKey(k) === placeKey(c))) cities.set(c, s.document);
  }
  if (cities.size > 1) out.push({ field: "place", values: [...cities].map(([value, document]) => ({ value, document })) });
  return out;
}

function finish(sightings: Sighting[]): MergedEncounter {
  const primary = sightings.filter((s) => !s.candidate.reference);
  const counted = primary.length ? primary : sightings;
  const kind = counted.map((s) => s.candidate.kind).sort((a, b) => KIND_RANK[b] - KIND_RANK[a])[0] as EncounterKind;
  const status: EncounterStatus = counted.some((s) => s.candidate.status === "held") ? "held" : "announced";
  const disputes = disputesOf(sightings);
  // Where sources disagree on the day, the day most of them give (the first source on a tie).
  const dayVotes = new Map<string, number>();
  for (const s of counted) if (s.candidate.date?.length === 10) dayVotes.set(s.candidate.date, (dayVotes.get(s.candidate.date) ?? 0) + 1);
  const date = [...dayVotes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? best(counted.map((s) => s.candidate.date));
  const counts = new Map<string, { n: number; first: number }>();
  sightings.forEach((s, i) => s.people.forEach((p, j) => {
    const c = counts.get(p) ?? { n: 0, first: i * 100 + j };
    c.n++;
    counts.set(p, c);
  }));
  const participants = [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([p]) => p);
  const topics: string[] = [];
  for (const s of counted) for (const t of s.candidate.topics) if (!topics.some((x) => x.toLowerCase() === t.toLowerCase())) topics.push(t);
  return {
    sightings,
    kind,
    status,
    date,
    location: modeOf(kind) === "remote" ? null : locationOf(counted.map((s) => s.candidate.place)),
    event: counted.map((s) => s.candidate.event).find((e) => e) ?? null,
    participants,
    topics,
    disputes,
  };
}

/**
 * Keys under which a cluster is filed, so that a group is compared only with
 * clusters that could fit it: a superset of fits()'s necessary conditions
 * (same mode, two shared people, dates one a prefix of the other or days at
 * most three apart). fits() still decides; this only narrows whom it is asked
 * about, so that a pair of people reported 4,000 times is not 4,000² calls.
 */
const NEAR_DAYS = 3;
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function filedUnder(date: string | null): string[] {
  if (!date) return ["is:"];
  if (!DATE_SHAPE.test(date)) return ["odd"];
  // "in:P" for every prefix P it starts with; "is:D" for the date itself.
  return [`in:${date.slice(0, 4)}`, ...(date.length >= 7 ? [`in:${date.slice(0, 7)}`] : []), ...(date.length === 10 ? [`in:${date}`] : []), `is:${date}`];
}

function lookedUpUnder(date: string | null): string[] | "all" {
  if (!date || !DATE_SHAPE.test(date)) return "all";
  const keys = [`in:${date}`, "is:", "odd", `is:${date.slice(0, 4)}`];
  if (date.length === 10) {
    keys.push(`is:${date.slice(0, 7)}`);
    const day = Date.parse(`${date}T00:00:00Z`);
    for (let d = -NEAR_DAYS; d <= NEAR_DAYS; d++) if (d !== 0 && !Number.isNaN(day)) keys.push(`is:${new Date(day + d * 86_400_000).toISOString().slice(0, 10)}`);
  }
  return keys;
}

export function mergeEncounters(
  documents: ReadonlyArray<{ readonly id: string; readonly sightings: readonly Sighting[] }>,
  /** Called for each report-against-cluster comparison: lets a test count them, which timing could not judge. */
  onCompare: () => void = () => {},
): MergedEncounter[] {
  const docGroups = documents.flatMap((d) => groupDocument(d.sightings));
  // Most precise first, so a month-only mention joins the day it belongs to.
  const ordered = docGroups
    .map((g, i) => ({ g, i, p: (groupDate(g) ?? "").length }))
    .sort((a, b) => b.p - a.p || a.i - b.i)
    .map((x) => x.g);
  const clusters: Group[] = [];
  // Clusters by each pair of people in them and mode, then by date key (see filedUnder).
  const byPair = new Map<string, { all: Set<number>; byDate: Map<string, Set<number>> }>();
  const position = new Map<Group, number>();
  const pairsOf = (people: readonly string[]) => {
    const sorted = [...new Set(people)].sort();
    const out: string[] = [];
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) out.push(`${sorted[i]}\u0000${sorted[j]}`);
    return out;
  };
  const register = (index: number) => {
    const c = clusters[index] as Group;
    const keys = filedUnder(groupDate(c));
    for (const pair of pairsOf(groupPeople(c))) {
      const at = `${c.mode}\u0000${pair}`;
      let entry = byPair.get(at);
      if (!entry) byPair.set(at, (entry = { all: new Set(), byDate: new Map() }));
      entry.all.add(index);
      for (const k of keys) {
        const set = entry.byDate.get(k);
        if (set) set.add(index);
        else entry.byDate.set(k, new Set([index]));
      }
    }
  };
  for (const g of ordered) {
    const keys = lookedUpUnder(groupDate(g));
    const found = new Set<number>();
    for (const pair of pairsOf(groupPeople(g))) {
      const entry = byPair.get(`${g.mode}\u0000${pair}`);
      if (!entry) continue;
      if (keys === "all") for (const i of entry.all) found.add(i);
      else for (const k of keys) for (const i of entry.byDate.get(k) ?? []) found.add(i);
    }
    const candidates = [...found].sort((a, b) => a - b);
    const fitting = candidates.map((i) => clusters[i] as Group).filter((c) => (onCompare(), fits(c, g, true)));
    let target: Group | undefined = fitting[0];
    if (fitting.length > 1) {
      const kind = (g.sightings[0] as Sighting).candidate.kind;
      const sameKind = fitting.filter((c) => c.sightings.some((s) => s.candidate.kind === kind));
      target = sameKind.length === 1 ? sameKind[0] : undefined;
    }
    if (target) {
      join(target, g.sightings);
      register(position.get(target) as number);
    } else {
      const cluster = newGroup(g.sightings[0] as Sighting);
      join(cluster, g.sightings.slice(1));
      position.set(cluster, clusters.length);
      clusters.push(cluster);
      register(clusters.length - 1);
    }
  }
  return clusters.map((c) => finish(c.sightings));
}
