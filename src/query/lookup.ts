// Finds the encounter or person an argument names, forgiving typos. fuse.js
// scans every record, which is fine here: ids and names are short and few
// (thousands, not the full text of claims).

import { fold } from "../fold.js";
import { loadFuse } from "../deferred.js";
import { NotFoundError } from "../errors.js";
import type { Index } from "../index/build.js";
import type { EncounterRecord, PersonRecord } from "../index/records.js";

const norm = (s: string) => fold(s).trim();

const slug = (s: string) => norm(s).replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

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

export function findEncounter(index: Index, arg: string): EncounterRecord {
  const q = norm(arg);
  const exact = resolveEncounterId(index, q);
  if (exact) return exact;
  const fuse = new (loadFuse())(index.encounters as EncounterRecord[], {
    keys: [{ name: "id", weight: 3 }, { name: "title", weight: 1 }, { name: "location.name", weight: 1 }],
    threshold: 0.35,
    ignoreLocation: true,
    includeScore: true,
  });
  const hits = fuse.search(q);
  const first = hits[0];
  if (first && (first.score ?? 1) < 0.15 && (hits[1]?.score ?? 1) - (first.score ?? 1) > 0.05) return first.item;
  throw new NotFoundError(`no encounter "${arg}"`, hits.slice(0, 3).map((h) => h.item.id));
}

export function matchPeople(index: Index, arg: string, threshold = 0.3): PersonRecord[] {
  const q = norm(arg);
  const exact = index.people.filter((p) => p.id === q || norm(p.name) === q || p.aliases.some((a) => norm(a) === q));
  if (exact.length) return exact;
  const bySurname = index.people.filter((p) => norm(p.name).split(" ").pop() === q);
  if (bySurname.length) return bySurname;
  const fuse = new (loadFuse())(index.people as PersonRecord[], { keys: ["name", "aliases", "id"], threshold, ignoreLocation: true, includeScore: true });
  const hits = fuse.search(q);
  const best = hits[0]?.score ?? 1;
  return hits.filter((h) => (h.score ?? 1) <= best + 0.02).map((h) => h.item);
}

export function findPerson(index: Index, arg: string): PersonRecord {
  const matches = matchPeople(index, arg);
  if (matches.length === 1) return matches[0] as PersonRecord;
  if (matches.length > 1) throw new NotFoundError(`"${arg}" names more than one person`, matches.slice(0, 4).map((p) => p.name));
  const fuse = new (loadFuse())(index.people as PersonRecord[], { keys: ["name", "aliases"], threshold: 0.6, ignoreLocation: true });
  throw new NotFoundError(`no person "${arg}"`, fuse.search(norm(arg)).slice(0, 3).map((h) => h.item.name));
}
