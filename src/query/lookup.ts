// Finds the encounter or person an argument names. A typo is forgiven when it
// is within a spelling mistake of one id or name (see fuzzy.ts); an argument
// that could name several records, or none, is answered with "did you mean",
// never with a pick among them.

import { fold } from "../fold.js";
import { loadFuse } from "../deferred.js";
import { NotFoundError } from "../errors.js";
import type { Index } from "../index/build.js";
import type { EncounterRecord, PersonRecord } from "../index/records.js";
import { isTypoOf } from "./fuzzy.js";

const norm = (s: string) => fold(s).trim();

/** "-x-" → "x", by hand: `/-+$/` rescans a run of dashes from each of its starts. */
function trimDashes(s: string): string {
  let from = 0;
  let to = s.length;
  while (from < to && s[from] === "-") from++;
  while (to > from && s[to - 1] === "-") to--;
  return s.slice(from, to);
}

const slug = (s: string) => trimDashes(norm(s).replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-"));

/** How many suggestions a "did you mean" lists. */
const SUGGESTIONS = 8;

/**
 * An id as someone would write it from the convention: "washington-2025-02" is the one Washington encounter of
 * February 2025, "geneva-2021" the Geneva one of 2021 — whatever suffix the index gave it.
 */
export function resolveEncounterId(index: Index, arg: string): EncounterRecord | null {
  const q = norm(arg);
  const exact = index.lookups ? index.lookups.encounterById(q) : index.encounters.find((e) => e.id === q);
  if (exact) return exact;
  const m = /^([a-z][a-z-]*?)-(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(q);
  if (!m) return null;
  const date = [m[2], m[3]?.padStart(2, "0"), m[4]?.padStart(2, "0")].filter(Boolean).join("-");
  const hits = index.encounters.filter((e) =>
    (e.date ?? "").startsWith(date) && [e.location?.city, e.location?.name, e.location?.venue].some((p) => p && slug(p) === m[1]));
  return hits.length === 1 ? (hits[0] as EncounterRecord) : null;
}

const digitsOf = (s: string) => s.replace(/\D+/g, " ").trim();

function oneOrAmbiguous<T>(arg: string, what: string, hits: readonly T[], label: (x: T) => string): T | null {
  if (hits.length === 1) return hits[0] as T;
  if (hits.length > 1) throw new NotFoundError(`"${arg}" matches ${hits.length} ${what}`, hits.slice(0, SUGGESTIONS).map(label));
  return null;
}

export function findEncounter(index: Index, arg: string): EncounterRecord {
  const q = slug(arg);
  const exact = resolveEncounterId(index, norm(arg)) ?? (q ? resolveEncounterId(index, q) : null);
  if (exact) return exact;
  const ids = (e: EncounterRecord) => e.id;
  if (q.length >= 3) {
    // "geneva" for geneva-2021; "helsinki-2018" for helsinki-2018-07-16.
    const prefixed = oneOrAmbiguous(arg, "encounters", index.encounters.filter((e) => e.id.startsWith(`${q}-`)), ids);
    if (prefixed) return prefixed;
    // A typo in the letters of an id; its numbers (a year, a day) must be as typed.
    const typos = oneOrAmbiguous(arg, "encounters", index.encounters.filter((e) => digitsOf(e.id) === digitsOf(q) && isTypoOf(q, e.id)), ids);
    if (typos) return typos;
  }
  const fuse = new (loadFuse())(index.encounters as EncounterRecord[], {
    keys: [{ name: "id", weight: 3 }, { name: "title", weight: 1 }, { name: "location.name", weight: 1 }],
    threshold: 0.35,
    ignoreLocation: true,
  });
  const hits = fuse.search(norm(arg)).map((h) => h.item.id);
  if (hits.length > 1) throw new NotFoundError(`"${arg}" is not an encounter id, and ${hits.length} encounters are like it`, hits.slice(0, SUGGESTIONS));
  throw new NotFoundError(`no encounter "${arg}"`, hits);
}

/** Everyone an argument may name: by id, name or alias, then surname, then within a typo of a name or surname. */
export function matchPeople(index: Index, arg: string): PersonRecord[] {
  const q = norm(arg).replace(/\s+/g, " ");
  if (!q) return [];
  const exact = index.people.filter((p) => p.id === q || norm(p.name) === q || p.aliases.some((a) => norm(a) === q));
  if (exact.length) return exact;
  const surname = (name: string) => norm(name).split(" ").pop() ?? "";
  const bySurname = index.people.filter((p) => [p.name, ...p.aliases].some((n) => surname(n) === q));
  if (bySurname.length) return bySurname;
  return index.people.filter((p) => [p.name, ...p.aliases].some((n) => isTypoOf(q, norm(n)) || (!q.includes(" ") && isTypoOf(q, surname(n)))));
}

export function findPerson(index: Index, arg: string): PersonRecord {
  const matches = matchPeople(index, arg);
  if (matches.length === 1) return matches[0] as PersonRecord;
  if (matches.length > 1) throw new NotFoundError(`"${arg}" names more than one person`, matches.slice(0, SUGGESTIONS).map((p) => p.name));
  const fuse = new (loadFuse())(index.people as PersonRecord[], { keys: ["name", "aliases"], threshold: 0.4, ignoreLocation: true });
  throw new NotFoundError(`no person "${arg}"`, fuse.search(norm(arg)).slice(0, 3).map((h) => h.item.name));
}
