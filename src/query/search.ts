// Search over encounters, people and claims: every word of the query must
// match the record ("Putn Geneve" = a name and a place). Two engines, chosen
// by measurement on 10,000 generated articles (10,066 encounters, 101 people,
// 23,501 claims; 2 cores, Node 20):
//   - fuse.js over every record, as before: 2.6–4 s a query, since it scores
//     every string of every record; over encounters and people alone still
//     0.5–1.2 s.
//   - So fuse.js now only forgives typos against the vocabulary of names,
//     places, events, ids and topics (a few hundred distinct words; well
//     under 10 ms), and a word → records list finds the records.
//   - Claims' full text goes to MiniSearch (an inverted index with BM25,
//     prefix and fuzzy matching): ~7 ms a query once its saved index is
//     loaded (~190 ms; building it takes ~540 ms, so the snapshot keeps it).
// The two result lists are merged on one 0 (perfect) … 1 scale.

import { loadFuse } from "../deferred.js";
import { recordPostings, wordsOf } from "../index/record-words.js";
import type { Index } from "../index/build.js";

export type HitType = "encounter" | "person" | "claim";

export interface SearchHit {
  readonly type: HitType;
  readonly id: string;
  readonly label: string;
  /** 0 is a perfect match, 1 no match at all. */
  readonly score: number;
}

/** Encounters and people: each query word, typos forgiven, against the words of each record. */
function searchRecords(index: Index, words: readonly string[]): SearchHit[] {
  // Kept by a store; otherwise made from the records.
  const source = index.lookups?.recordPostings() ?? recordPostings(index);
  const fuse = new (loadFuse())([...source.words], { threshold: 0.34, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
  let total: Map<number, number> | null = null;
  for (const word of words) {
    const best = new Map<number, number>();
    for (const hit of fuse.search(word)) {
      const score = hit.score ?? 1;
      for (const i of source.postings(hit.item)) if (score < (best.get(i) ?? Infinity)) best.set(i, score);
    }
    if (total === null) total = best;
    else {
      const next = new Map<number, number>();
      for (const [i, score] of best) {
        const sum = total.get(i);
        if (sum !== undefined) next.set(i, sum + score);
      }
      total = next;
    }
    if (total.size === 0) return [];
  }
  return [...(total ?? new Map<number, number>())].map(([i, sum]) => {
    const e = source.entry(i);
    return { type: e.type, id: e.id, label: e.label, score: sum / words.length };
  });
}

/** Claims: full text and speaker, every word required, through MiniSearch. */
async function searchClaims(index: Index, words: readonly string[]): Promise<SearchHit[]> {
  // A store gives the claims a search found by their position, without reading the others.
  const claimAt = index.lookups?.claimAt ?? ((n: number) => index.claims[n]);
  if ((index.lookups?.claimCount() ?? index.claims.length) === 0) return [];
  const engine = index.claimSearch ? await index.claimSearch() : (await import("../index/text-search.js")).buildClaimSearch(index.claims);
  return engine.search(words.join(" "), { combineWith: "AND", prefix: true, fuzzy: 0.2 }).map((r) => {
    const c = claimAt(r.id as number);
    if (!c) return null;
    // BM25 grows with relevance and has no upper bound; this maps it onto fuse's 0-best scale (BM25 5 → 0.17).
    return { type: "claim" as const, id: c.id, label: `${c.speaker?.name ?? "unattributed"}: ${c.text}`, score: 1 / (1 + r.score) };
  }).filter((h): h is SearchHit & { type: "claim" } => h !== null);
}

export async function search(index: Index, query: string, limit = 20): Promise<SearchHit[]> {
  const words = [...wordsOf(query)];
  if (words.length === 0) return [];
  const order: Record<HitType, number> = { encounter: 0, person: 1, claim: 2 };
  return [...searchRecords(index, words), ...(await searchClaims(index, words))]
    .sort((a, b) => a.score - b.score || order[a.type] - order[b.type])
    .slice(0, limit)
    .map((h) => ({ ...h, score: Math.round(h.score * 1000) / 1000 }));
}
