// Corpus folder → Index: load, extract (only what is not cached), build.
// Extraction and its data sets are imported lazily, so a query on an indexed
// corpus never pays for them.

import type { Article, LoadOptions, Problem } from "../corpus/load.js";
import type { DocumentExtraction } from "../extract/document.js";
import { buildIndex, type Index } from "./build.js";

export interface OpenOptions extends LoadOptions {
  readonly corpus: string;
  /** Use the on-disk index cache (--no-cache turns it off). */
  readonly cache: boolean;
}

export async function openIndex(options: OpenOptions): Promise<Index> {
  const { loadCorpus } = await import("../corpus/load.js");
  const { articles, problems, corrections } = loadCorpus(options.corpus, { maxFileSize: options.maxFileSize, followLinks: options.followLinks });
  const extractions = await extractAll(articles);
  return buildIndex({ articles, extractions, problems: [...problems] as Problem[], corrections });
}

export async function extractAll(articles: readonly Article[]): Promise<Map<string, DocumentExtraction>> {
  const { extractDocument } = await import("../extract/document.js");
  const { loadGazetteer } = await import("../extract/gazetteer.js");
  const gazetteer = loadGazetteer();
  return new Map(articles.map((a) => [a.id, extractDocument({ body: a.body, published: a.published }, gazetteer)]));
}
