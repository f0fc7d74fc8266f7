// Fuzzy search over encounters, people and claims. fuse.js treats a plain
// multi-word query as one pattern, and its extended search ANDs words within
// one key only; so the query becomes a logical expression: every word must
// match some key of the record ("Putn Geneve" = a name and a place).

import Fuse, { type FuseOptionKey } from "fuse.js";
import type { Index } from "../index/build.js";

export type HitType = "encounter" | "person" | "claim";

export interface SearchHit {
  readonly type: HitType;
  readonly id: string;
  readonly label: string;
  /** 0 is a perfect match, 1 no match at all. */
  readonly score: number;
}

interface Doc {
  type: HitType;
  id: string;
  label: string;
  names: string;
  place: string;
  text: string;
}

const KEYS: FuseOptionKey<Doc>[] = [
  { name: "id", weight: 2 },
  { name: "label", weight: 1 },
  { name: "names", weight: 2 },
  { name: "place", weight: 2 },
  { name: "text", weight: 0.5 },
];

export function documentsOf(index: Index): Doc[] {
  const byId = new Map(index.people.map((p) => [p.id, p]));
  return [
    ...index.encounters.map((e) => ({
      type: "encounter" as const,
      id: e.id,
      label: `${e.date ?? "undated"} ${e.title}`,
      names: e.participants.map((p) => [p.name, ...(byId.get(p.id)?.aliases ?? [])].join(" ")).join(" "),
      place: [e.location?.name, e.location?.country, e.location?.venue, e.event].filter(Boolean).join(" "),
      text: e.topics.join(" "),
    })),
    ...index.people.map((p) => ({ type: "person" as const, id: p.id, label: p.name, names: [p.name, ...p.aliases].join(" "), place: p.side ?? "", text: p.roles.join(" ") })),
    ...index.claims.map((c) => ({ type: "claim" as const, id: c.id, label: `${c.speaker?.name ?? "unattributed"}: ${c.text}`, names: c.speaker?.name ?? "", place: "", text: c.text })),
  ];
}

export function search(index: Index, query: string, limit = 20): SearchHit[] {
  const words = query.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[!'^=$|"]/g, " ").split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const fuse = new Fuse(documentsOf(index), { keys: KEYS, threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
  const names = KEYS.map((k) => (typeof k === "string" ? k : (k as { name: string }).name));
  return fuse
    .search({ $and: words.map((w) => ({ $or: names.map((n) => ({ [n]: w })) })) }, { limit })
    .map((h) => ({ type: h.item.type, id: h.item.id, label: h.item.label, score: Math.round((h.score ?? 1) * 1000) / 1000 }));
}
