// Files → Index when the snapshot cannot be used: every file is read and
// hashed, cached articles are taken from the article cache, the rest are
// extracted (in worker threads when there are many), and the index is built
// over all of them. Loaded only on this path, with extraction behind it.

import type { CorpusFile } from "../corpus/list.js";
import { collectArticles, type Problem } from "../corpus/load.js";
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
  const { kept, problems, corrections } = collectArticles(options.corpus, processed, options.walkProblems);
  const articles = kept.map((r) => r.article);
  const extractions = new Map<string, DocumentExtraction>(kept.map((r) => [r.article.id, r.extraction as DocumentExtraction]));
  return buildIndex({ articles, extractions, problems, corrections });
}
