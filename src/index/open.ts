// Corpus folder → Index, as cheaply as what changed allows:
//   1. the built-in corpus, unchanged since install → the index built then;
//   2. a folder whose listing (paths, sizes, mtimes) is as last time → its
//      snapshot: one readdir/stat walk and one JSON parse, nothing else loaded;
//   3. anything else → a rebuild from the per-article cache, extracting only
//      new or changed articles, then a new snapshot.
// Everything behind 3 (front matter, zod, extraction, resolution) is imported
// dynamically so that 1 and 2 never pay for loading it.

import { readFileSync } from "node:fs";
import { hashBytes, listCorpus, type CorpusFile } from "../corpus/list.js";
import type { Index } from "./build.js";
import { readCacheText, snapshotPath, writeCacheFile } from "./cache.js";
import { extractorFingerprint } from "./fingerprint.js";

export interface OpenOptions {
  readonly corpus: string;
  /** Use the on-disk index cache (--no-cache turns it off). */
  readonly cache: boolean;
  /** Where the cache lives; see cacheDir(). */
  readonly cacheDir: string;
  /** The index built at install time for `prebuiltCorpus`, if any. */
  readonly prebuilt?: { readonly corpus: string; readonly file: string } | null;
  /** The bundled worker entry; without it indexing stays on one thread. */
  readonly workerScript?: string | null;
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

type Listing = Array<[id: string, size: number, mtimeMs: number]>;

export async function openIndex(options: OpenOptions): Promise<Index> {
  const files = listCorpus(options.corpus);
  const fingerprint = await extractorFingerprint();
  if (!options.cache) return rebuild(files, options, fingerprint, null, files.length);

  if (options.prebuilt && options.prebuilt.corpus === options.corpus) {
    const index = readPrebuilt(options.prebuilt.file, files, fingerprint);
    if (index) return index;
  }

  const listing: Listing = files.map((f) => [f.id, f.size, f.mtimeMs]);
  const key = hashBytes(`${fingerprint}\n${options.corpus}\n${JSON.stringify(listing)}`);
  const path = snapshotPath(options.cacheDir, options.corpus);
  const snapshot = parseSnapshot(readCacheText(path), key);
  if (snapshot.index) return snapshot.index;

  const before = new Map((snapshot.listing ?? []).map(([id, size, mtime]) => [id, `${size}:${mtime}`]));
  const changed = files.filter((f) => before.get(f.id) !== `${f.size}:${f.mtimeMs}`).length;
  const index = await rebuild(files, options, fingerprint, options.cacheDir, changed);
  writeCacheFile(path, `${key}\n${JSON.stringify(listing)}\n${JSON.stringify(index)}\n`);
  return index;
}

async function rebuild(files: readonly CorpusFile[], options: OpenOptions, fingerprint: string, cacheDir: string | null, uncached: number): Promise<Index> {
  const { indexFiles } = await import("./indexer.js");
  return indexFiles(files, { cacheDir, fingerprint, workerScript: options.workerScript ?? null, uncached, onProgress: options.onProgress });
}

/**
 * A snapshot is three lines: the key, the listing it was built from (to tell
 * how much changed when the key no longer matches) and the index. The index
 * line is parsed only when the key matches.
 */
function parseSnapshot(text: string | null, key: string): { index: Index | null; listing: Listing | null } {
  if (!text) return { index: null, listing: null };
  const first = text.indexOf("\n");
  const second = text.indexOf("\n", first + 1);
  if (first < 0 || second < 0) return { index: null, listing: null };
  try {
    if (text.slice(0, first) === key) return { index: JSON.parse(text.slice(second + 1)) as Index, listing: null };
    return { index: null, listing: JSON.parse(text.slice(first + 1, second)) as Listing };
  } catch {
    return { index: null, listing: null };
  }
}

/**
 * The built-in corpus is a handful of small files, and installs (npm, git)
 * do not keep mtimes, so the install-time index is checked against a hash of
 * the files' contents instead of the listing.
 */
export function contentKey(files: readonly CorpusFile[], fingerprint: string): string {
  const parts = files.map((f) => `${f.id}\u0000${hashBytes(readFileSync(f.path))}`);
  return hashBytes(`${fingerprint}\n${parts.join("\n")}`);
}

function readPrebuilt(file: string, files: readonly CorpusFile[], fingerprint: string): Index | null {
  const text = readCacheText(file);
  if (!text) return null;
  const first = text.indexOf("\n");
  try {
    if (first < 0 || text.slice(0, first) !== contentKey(files, fingerprint)) return null;
    return JSON.parse(text.slice(first + 1)) as Index;
  } catch {
    return null;
  }
}
