// The words of each encounter and person, for `summits search`: built here,
// with the index, so that a store can keep them (a query then reads the
// postings instead of re-splitting every record), and used by the query
// module either way.

import { fold } from "../fold.js";
import type { EncounterRecord, PersonRecord } from "./records.js";

export interface SearchEntry {
  readonly type: "encounter" | "person";
  readonly id: string;
  readonly label: string;
}

/** Words of records → the records: `words` in first-seen order (fuzzy matching is run over them in that order). */
export interface RecordPostings {
  readonly words: readonly string[];
  postings(word: string): readonly number[];
  entry(n: number): SearchEntry;
}

export const wordsOf = (...texts: ReadonlyArray<string | null | undefined>) => new Set(texts.flatMap((t) => fold(t ?? "").split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 0));

/** Encounters then people, each with its words. */
export function searchEntries(index: { readonly encounters: readonly EncounterRecord[]; readonly people: readonly PersonRecord[] }): Array<SearchEntry & { readonly words: ReadonlySet<string> }> {
  const byId = new Map(index.people.map((p) => [p.id, p]));
  return [
    ...index.encounters.map((e) => ({
      type: "encounter" as const,
      id: e.id,
      label: `${e.date ?? "undated"} ${e.title}`,
      words: wordsOf(e.id, e.title, e.date, ...e.participants.flatMap((p) => [p.name, ...(byId.get(p.id)?.aliases ?? [])]), e.location?.name, e.location?.country, e.location?.venue, e.event, ...e.topics),
    })),
    ...index.people.map((p) => ({ type: "person" as const, id: p.id, label: p.name, words: wordsOf(p.id, p.name, ...p.aliases, p.side, ...p.roles) })),
  ];
}

export function recordPostings(index: { readonly encounters: readonly EncounterRecord[]; readonly people: readonly PersonRecord[] }): RecordPostings {
  const entries = searchEntries(index);
  const postings = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const w of e.words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { words: [...postings.keys()], postings: (w) => postings.get(w) ?? [], entry: (n) => entries[n] as SearchEntry };
}
