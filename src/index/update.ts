// Brings a corpus's store up to date with its folder, doing only what changed:
//   - a file whose size, mtime, ctime and inode are as stored is not read;
//   - any other is read and hashed: the same bytes (touched) keep their
//     extraction, bytes stored under another name (renamed, copied) take that
//     one's, and only new bytes are extracted — in worker threads, each under
//     the time budget, written to the store in batches as they come, so the
//     main thread never holds the corpus's extractions while extracting;
//   - files gone from the folder are deleted;
//   - then, if the documents, curation.yaml or the problems differ from what
//     the records were built from, the records are rebuilt and replaced in
//     one transaction.
// Loaded only on this path, with extraction and resolution behind it.

import { quickHash, type CorpusFile, type Problem } from "../corpus/list.js";
import { assembleArticle, collectArticles, isPlainText, type Article } from "../corpus/load.js";
import type { DocumentExtraction } from "../extract/document.js";
import { buildIndex, type Index } from "./build.js";
import { extractInWorkers } from "./pool.js";
import { loadExtractor, processFile, readDocument, type ProcessSettings } from "./process.js";
import { curationHash } from "./cache.js";
import { sameStat, type Store, type StoredDocument } from "./store.js";
import { buildClaimSearch } from "./text-search.js";

export interface UpdateOptions extends ProcessSettings {
  readonly corpus: string;
  readonly files: readonly CorpusFile[];
  /** What the walk passed over, reported with the rest. */
  readonly walkProblems: readonly Problem[];
  /** dist/worker.js; null when running from source, where extraction stays on this thread (and has no budget). */
  readonly workerScript: string | null;
  readonly budgetMs: number;
  /** The extractor's fingerprint: documents extracted by other code are redone. */
  readonly extractorFingerprint: string;
  /** All of the code's: records built by other code are rebuilt. */
  readonly indexFingerprint: string;
  /** The loader's options that change what a file reads as. */
  readonly loaderKey: string;
  /** The folder as listed now (see open.ts); stored with the records. */
  readonly listingKey: string;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Documents are written in transactions of this many: few enough fsyncs, little held in memory. */
const BATCH = 200;

export async function updateStore(store: Store, o: UpdateOptions): Promise<void> {
  if (store.meta("extractor") !== o.extractorFingerprint || store.meta("loader") !== o.loaderKey) {
    store.clearDocuments();
    store.write(() => {
      store.setMeta("extractor", o.extractorFingerprint);
      store.setMeta("loader", o.loaderKey);
    });
  }
  const stored = store.documentStats();

  const pending: StoredDocument[] = [];
  const flush = () => {
    store.putDocuments(pending);
    pending.length = 0;
  };
  const put = (doc: StoredDocument) => {
    pending.push(doc);
    if (pending.length >= BATCH) flush();
  };
  const touched: CorpusFile[] = [];
  const toExtract: CorpusFile[] = [];
  for (const f of o.files) {
    const s = stored.get(f.id);
    if (s && sameStat(s, f)) continue;
    // A first build has nothing to compare bytes with: straight to extraction.
    if (stored.size === 0) {
      toExtract.push(f);
      continue;
    }
    const read = readDocument(f, o);
    if (read.kind === "skipped") {
      put(read.doc);
      continue;
    }
    const plain = isPlainText(f.id);
    if (s && s.hash === read.hash && s.plain === plain) {
      touched.push(f);
      continue;
    }
    const same = store.documentWithContent(read.hash, plain);
    if (same) {
      put({ ...same, id: f.id, size: f.size, mtimeMs: f.mtimeMs, ctimeMs: f.ctimeMs ?? 0, ino: f.ino ?? 0, problems: same.problems.map((p) => (p.file === same.id ? { ...p, file: f.id } : p)) });
      continue;
    }
    toExtract.push(f);
  }
  flush();
  store.restat(touched);
  // Only now: a renamed file has taken its extraction from the row of its old name.
  const present = new Set(o.files.map((f) => f.id));
  store.deleteDocuments([...stored.keys()].filter((id) => !present.has(id)));

  let done = 0;
  const progress = (doc: StoredDocument) => {
    put(doc);
    o.onProgress?.(++done, toExtract.length);
  };
  if (toExtract.length && o.workerScript) {
    await extractInWorkers(toExtract, { workerScript: o.workerScript, settings: { maxFileSize: o.maxFileSize, extractorModule: o.extractorModule }, budgetMs: o.budgetMs, onDocument: progress });
  } else if (toExtract.length) {
    const extract = await loadExtractor(o);
    for (const f of toExtract) progress(processFile(f, o, extract));
  }
  flush();

  const contentKey = quickHash([o.indexFingerprint, curationHash(o.corpus), JSON.stringify(o.walkProblems), ...[...store.documentStats()].map(([id, s]) => `${id}\u0000${s.hash}`).sort()].join("\n"));
  if (store.meta("content_key") === contentKey) {
    store.write(() => store.setMeta("listing_key", o.listingKey));
    return;
  }
  const index = recordsOf(store, o);
  store.writeRecords(index, JSON.stringify(buildClaimSearch(index.claims)), { listing: o.listingKey, content: contentKey });
}

/** The stored documents → the index's records, in the folder's order (which decides which of two identical files is kept). */
function recordsOf(store: Store, o: UpdateOptions): Index {
  const byId = new Map<string, StoredDocument>();
  for (const d of store.documents()) byId.set(d.id, d);
  const read = o.files.map((file) => {
    const d = byId.get(file.id);
    if (!d || d.text === null || !d.parsed || !d.extraction) return { article: null as Article | null, extraction: null as DocumentExtraction | null, problems: d?.problems ?? [] };
    const assembled = assembleArticle(file, d.text, d.hash, d.parsed);
    return { article: assembled.article, extraction: d.extraction, problems: [...d.problems, ...assembled.problems] };
  });
  byId.clear();
  const { kept, problems, corrections } = collectArticles(o.corpus, read, o.walkProblems);
  const extractions = new Map(kept.map((r) => [r.article.id, r.extraction as DocumentExtraction]));
  return buildIndex({ articles: kept.map((r) => r.article), extractions, problems, corrections });
}
