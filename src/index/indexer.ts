// Files → Index when the snapshot cannot be used: every file is read and
// hashed, cached articles are taken from the article cache, the rest are
// extracted (in worker threads when there are many), and the index is built
// over all of them. Loaded only on this path, with extraction behind it.

import type { CorpusFile } from "../corpus/list.js";
import { readCuration, type Article, type Problem } from "../corpus/load.js";
import type { DocumentExtraction } from "../extract/document.js";
import { buildIndex, type Index } from "./build.js";
import { processInWorkers } from "./pool.js";
import { fileProcessor, type Processed, type ProcessSettings } from "./process.js";

/**
 * Below this many files to extract, starting worker threads (each loads the
 * extractor and gazetteer, ~0.1 s) costs more than it saves.
 */
const PARALLEL_THRESHOLD = 200;

export interface IndexFilesOptions extends ProcessSettings {
  /** dist/worker.js; null when running from source, where workers cannot load TypeScript. */
  readonly workerScript: string | null;
  /** How many files probably need extracting: decides between one thread and all cores. */
  readonly uncached: number;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** The corpus folder, for its curation.yaml. */
  readonly corpus: string;
  /** What the walk passed over, reported with the rest. */
  readonly walkProblems: readonly Problem[];
}

export async function indexFiles(files: readonly CorpusFile[], options: IndexFilesOptions): Promise<Index> {
  const settings: ProcessSettings = { cacheDir: options.cacheDir, fingerprint: options.fingerprint, maxFileSize: options.maxFileSize };
  const progress = options.onProgress ?? (() => {});
  let processed: Processed[];
  if (options.workerScript && options.uncached >= PARALLEL_THRESHOLD) {
    processed = await processInWorkers(files, settings, options.workerScript, (done) => progress(done, files.length));
  } else {
    const handle = fileProcessor(settings);
    processed = files.map((f, i) => {
      const r = handle(f);
      if (!r.cached) progress(i + 1, files.length);
      return r;
    });
  }
  const articles: Article[] = [];
  const problems: Problem[] = [...options.walkProblems];
  const extractions = new Map<string, DocumentExtraction>();
  // The same bytes under two names are one article, indexed once and reported.
  const firstByHash = new Map<string, string>();
  for (const r of processed) {
    problems.push(...r.problems);
    if (!r.article || !r.extraction) continue;
    const first = firstByHash.get(r.article.hash);
    if (first !== undefined) {
      problems.push({ file: r.article.id, line: null, field: null, severity: "warning", message: `same bytes as ${first} (indexed once, as ${first})` });
      continue;
    }
    firstByHash.set(r.article.hash, r.article.id);
    articles.push(r.article);
    extractions.set(r.article.id, r.extraction);
  }
  const curation = readCuration(options.corpus);
  problems.push(...curation.problems);
  // By file, so a file's problems from the walk and from reading sit together; sort is stable within a file.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return buildIndex({ articles, extractions, problems, corrections: curation.corrections });
}
