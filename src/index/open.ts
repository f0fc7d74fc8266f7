// Corpus folder → Index, as cheaply as what changed allows:
//   1. the built-in corpus, unchanged since install → the index built then
//      (JSON in dist/: the fastest form measured for a handful of articles,
//      and it needs no database engine loaded);
//   2. a folder listed as its store last saw it → the store's records, read
//      as a command asks for them: one directory walk, one database open;
//   3. anything else → the store brought up to date (update.ts) under the
//      writer lock, then read as in 2.
// --no-cache runs 3 on a store in memory. Everything behind 3 (front matter,
// zod, extraction, resolution) is imported dynamically so that 1 and 2 never
// pay for loading it.

import type { LoadOptions } from "../corpus/list.js";
import type { Article } from "../corpus/load.js";
import type { DocumentExtraction } from "../extract/document.js";
import { readFileSync } from "node:fs";
import { SummitsError, UsageError } from "../errors.js";
import { listCorpus, noArticlesError, quickHash, type CorpusFile, type Problem } from "../corpus/list.js";
import type { Index } from "./build.js";
import { curationHash, readCacheText, removeLegacyCache, storePath } from "./cache.js";
import { extractorFingerprint, indexFingerprint } from "./fingerprint.js";
import type { Store } from "./store.js";

export interface OpenOptions extends LoadOptions {
  readonly corpus: string;
  /** Use the on-disk index (--no-cache turns it off). */
  readonly cache: boolean;
  /** Where the index lives; see cacheDir(). */
  readonly cacheDir: string;
  /** The index built at install time for `prebuiltCorpus`, if any. */
  readonly prebuilt?: { readonly corpus: string; readonly file: string } | null;
  /** The bundled worker entry; without it extraction stays on one thread, with no time budget. */
  readonly workerScript?: string | null;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
  /** Per-document extraction time budget, ms. */
  readonly budgetMs?: number;
  /** Test seam: a module whose extractDocument replaces summits' own (see process.ts). */
  readonly extractorModule?: string | null;
  /** One-line notices: waiting for another process, an index rebuilt or kept in memory. */
  readonly onNotice?: (message: string) => void;
}

export const DEFAULT_BUDGET_MS = 30_000;
/** How long a process waits for another that is indexing the same corpus. */
const LOCK_WAIT_MS = 15 * 60_000;

export async function openIndex(options: OpenOptions): Promise<Index> {
  const { files, problems: walkProblems } = listCorpus(options.corpus, options);
  if (files.length === 0) throw noArticlesError(options.corpus, walkProblems);

  if (options.cache && options.prebuilt && options.prebuilt.corpus === options.corpus) {
    const index = readPrebuilt(options.prebuilt.file, files, await indexFingerprint());
    if (index) return index;
  }

  const { Store, StoreDamaged, removeStoreFiles } = await import("./store.js");
  const notice = options.onNotice ?? (() => {});
  const fingerprint = await indexFingerprint();
  const loaderKey = `${options.maxFileSize ?? ""}:${options.followLinks === true}`;
  const listing = files.map((f) => [f.id, f.size, f.mtimeMs, f.ctimeMs ?? 0, f.ino ?? 0]);
  const listingKey = quickHash(`${fingerprint}\n${options.corpus}\n${loaderKey}\n${curationHash(options.corpus)}\n${JSON.stringify(listing)}\n${JSON.stringify(walkProblems)}`);

  const location = options.cache ? storePath(options.cacheDir, options.corpus) : ":memory:";
  const open = (where: string): { store: Store; where: string } => {
    try {
      return { store: Store.open(where, notice), where };
    } catch (err) {
      if (where === ":memory:") throw err;
      // A read-only cache folder, a cache path that is a file: answer anyway, from an index kept in memory.
      notice(`cannot use the index at ${where} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); indexing in memory for this run`);
      return { store: Store.open(":memory:"), where: ":memory:" };
    }
  };

  let target = location;
  for (let attempt = 0; ; attempt++) {
    const { store, where } = open(target);
    try {
      store.beginRead();
      if (store.meta("listing_key") !== listingKey) {
        store.endRead();
        await update(store, where, options, files, walkProblems, listingKey, loaderKey);
        store.beginRead();
      }
      return store.readIndex(damageGuard(store, where, () => removeStoreFiles(where), StoreDamaged));
    } catch (err) {
      store.close();
      if (where === ":memory:" || err instanceof SummitsError || attempt > 1) throw err;
      if (err instanceof StoreDamaged || isDamage(err)) {
        notice(`the index at ${where} was damaged; rebuilding it`);
        removeStoreFiles(where);
      } else {
        // The folder went away (`summits index clear` meanwhile), the disk filled up, a file cannot be opened:
        // the answer does not depend on the index being on disk.
        notice(`cannot use the index at ${where} (${(err as Error).message.split("\n")[0]?.slice(0, 120)}); indexing in memory for this run`);
        target = ":memory:";
      }
    }
  }
}

async function update(store: Store, where: string, options: OpenOptions, files: readonly CorpusFile[], walkProblems: readonly Problem[], listingKey: string, loaderKey: string): Promise<void> {
  const { lockStore } = await import("./lock.js");
  const release = where === ":memory:" ? () => {} : lockStore(where, { onWait: options.onNotice ?? (() => {}), maxWaitMs: LOCK_WAIT_MS });
  if (where !== ":memory:") removeLegacyCache(options.cacheDir);
  try {
    // Another process may have brought it up to date while this one waited.
    if (store.meta("listing_key") === listingKey) return;
    const { updateStore } = await import("./update.js");
    await updateStore(store, {
      corpus: options.corpus, files, walkProblems, workerScript: options.workerScript ?? null, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS,
      extractorFingerprint: await extractorFingerprint(), indexFingerprint: await indexFingerprint(), loaderKey, listingKey,
      maxFileSize: options.maxFileSize, extractorModule: options.extractorModule ?? null, onProgress: options.onProgress,
    });
  } finally {
    release();
  }
}

/**
 * The records are read lazily, after openIndex has returned; if one turns out
 * damaged then, the store is removed and the user told to run again — one
 * line, and the next run rebuilds.
 */
function damageGuard(store: Store, where: string, remove: () => void, Damaged: new (...args: never[]) => Error): <T>(read: () => T) => T {
  return (read) => {
    try {
      return read();
    } catch (err) {
      if (!(err instanceof Damaged) && !isDamage(err)) throw err;
      store.close();
      if (where !== ":memory:") remove();
      throw new UsageError(`the index at ${where} is damaged and was removed; run the command again to rebuild it`);
    }
  };
}

const isDamage = (err: unknown) => /not a database|malformed|corrupt/i.test((err as Error | null)?.message ?? "");

/** Extractions for articles already loaded, with no cache: for the eval harness and tests. */
export async function extractAll(articles: readonly Article[]): Promise<Map<string, DocumentExtraction>> {
  const { extractDocument } = await import("../extract/document.js");
  const { loadGazetteer } = await import("../extract/gazetteer.js");
  const gazetteer = loadGazetteer();
  return new Map(articles.map((a) => [a.id, extractDocument({ body: a.body, published: a.published }, gazetteer)]));
}

/**
 * The built-in corpus is a handful of small files, and installs (npm, git)
 * do not keep mtimes, so the install-time index is checked against a hash of
 * the files' contents instead of the listing.
 */
export function contentKey(files: readonly CorpusFile[], fingerprint: string): string {
  const parts = files.map((f) => `${f.id}\u0000${quickHash(readFileSync(f.path))}`);
  return quickHash(`${fingerprint}\n${parts.join("\n")}`);
}

function readPrebuilt(file: string, files: readonly CorpusFile[], fingerprint: string): Index | null {
  const text = readCacheText(file);
  if (!text) return null;
  const first = text.indexOf("\n");
  try {
    if (first < 0 || text.slice(0, first) !== contentKey(files, fingerprint)) return null;
    const index = JSON.parse(text.slice(first + 1)) as Index;
    return { ...index, claimSearch: async () => (await import("./text-search.js")).buildClaimSearch(index.claims) };
  } catch {
    return null;
  }
}

