// The full-text index of claims (MiniSearch). Built with the index and saved
// beside the snapshot, because building it costs more than loading it
// (10,000 generated articles, 23,501 claims: ~540 ms to build, ~190 ms to
// load, ~7 ms a query).

import { fold } from "../fold.js";
import MiniSearch from "minisearch";
import type { ClaimRecord } from "./records.js";

export type ClaimSearch = MiniSearch<{ n: number; text: string; speaker: string }>;

const OPTIONS = {
  idField: "n",
  fields: ["text", "speaker"],
  storeFields: [] as string[],
  // Folded like every other comparison in summits: "Marković" is found as "Markovic".
  processTerm: (term: string) => fold(term) || null,
};

/** Documents are numbered by their position in index.claims. */
export function buildClaimSearch(claims: readonly ClaimRecord[]): ClaimSearch {
  const search: ClaimSearch = new MiniSearch(OPTIONS);
  search.addAll(claims.map((c, n) => ({ n, text: c.text, speaker: c.speaker?.name ?? "" })));
  return search;
}

export function loadClaimSearch(json: string): ClaimSearch {
  return MiniSearch.loadJSON(json, OPTIONS);
}
