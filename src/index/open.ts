// Corpus folder → Index, as cheaply as what changed allows:
//   1. the built-in corpus, unchanged since install → the index built then;
//   2. a folder whose listing (paths, sizes, mtimes) is as last time → its
//      snapshot: one readdir/stat walk and one JSON parse, nothing else loaded;
//   3. anything else → a rebuild from the per-article cache, extracting only
//      new or changed articles, then a new snapshot.
// Everything behind 3 (front matter, zod, extraction, resolution) is imported
// dynamically so that 1 and 2 never pay for loading it.

import type { LoadOptions } from "../corpus/list.js";
import type { Article } from "../corpus/load.js";
import type { DocumentExtraction } from "../extract/document.js";
import { readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { listCorpus, noArticlesError, quickHash, type CorpusFile, type Problem } from "../corpus/list.js";
import type { Index } from "./build.js";
import { pruneOtherFingerprints, readCacheText, snapshotPath, writeCacheFile } from "./cache.js";
import { extractorFingerprint, indexFingerprint } from "./fingerprint.js";

export interface OpenOptions extends LoadOptions {
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
  const { files, problems: walkProblems } = listCorpus(options.corpus, options);
  if (files.length === 0) throw noArticlesError(options.corpus, walkProblems);
  const fingerprint = await extractorFingerprint();
  if (!options.cache) return withClaimSearch(await rebuild(files, walkProblems, options, fingerprint, null, files.length), null);

  if (options.prebuilt && options.prebuilt.corpus === options.corpus) {
    const index = readPrebuilt(options.prebuilt.file, files, await indexFingerprint());
    if (index) return withClaimSearch(index, null);
  }

  const listing: Listing = files.map((f) => [f.id, f.size, f.mtimeMs]);
  // The key covers what decides the index besides the articles: curation.yaml and the loader's options.
  const key = quickHash(`${await indexFingerprint()}\n${options.corpus}\n${curationStamp(options.corpus)}\n${options.maxFileSize ?? ""}:${options.followLinks === true}\n${JSON.stringify(listing)}\n${JSON.stringify(walkProblems)}`);
  const path = snapshotPath(options.cacheDir, options.corpus);
  const snapshot = readSnapshot(path, key);
  if (snapshot.index) return snapshot.index;

  const before = new Map((snapshot.listing ?? []).map(([id, size, mtime]) => [id, `${size}:${mtime}`]));
  const changed = files.filter((f) => before.get(f.id) !== `${f.size}:${f.mtimeMs}`).length;
  const index = await rebuild(files, walkProblems, options, fingerprint, options.cacheDir, changed);
  const { buildClaimSearch } = await import("./text-search.js");
  const claimSearch = buildClaimSearch(index.claims);
  const lines = [key, JSON.stringify(listing), ...SECTIONS.map((name) => JSON.stringify(index[name])), JSON.stringify(claimSearch)];
  writeCacheFile(path, `${lines.join("\n")}\n`);
  pruneOtherFingerprints(options.cacheDir, fingerprint);
  return withClaimSearch(index, async () => claimSearch);
}

async function rebuild(files: readonly CorpusFile[], walkProblems: readonly Problem[], options: OpenOptions, fingerprint: string, cacheDir: string | null, uncached: number): Promise<Index> {
  const { indexFiles } = await import("./indexer.js");
  return indexFiles(files, {
    cacheDir, fingerprint, workerScript: options.workerScript ?? null, uncached, onProgress: options.onProgress,
    corpus: options.corpus, walkProblems, maxFileSize: options.maxFileSize,
  });
}

/** curation.yaml's size and mtime: a change to it must rebuild the index. */
function curationStamp(corpus: string): string {
  try {
    const st = statSync(join(corpus, "curation.yaml"));
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return "none";
  }
}

/** Extractions for articles already loaded, with no cache: for the eval harness and tests. */
export async function extractAll(articles: readonly Article[]): Promise<Map<string, DocumentExtraction>> {
  const { extractDocument } = await import("../extract/document.js");
  const { loadGazetteer } = await import("../extract/gazetteer.js");
  const gazetteer = loadGazetteer();
  return new Map(articles.map((a) => [a.id, extractDocument({ body: a.body, published: a.published }, gazetteer)]));
}

/** Without a saved claim index, one is built from the claims when a search first needs it. */
function withClaimSearch(index: Index, load: Index["claimSearch"] | null): Index {
  return { ...index, claimSearch: load ?? (async () => (await import("./text-search.js")).buildClaimSearch(index.claims)) };
}

/**
 * A snapshot is one line each: the key; the listing it was built from (to
 * tell how much changed when the key no longer matches); the index's parts;
 * the claims' full-text index. Only the key is decoded up front, and each
 * part only when a command first reads it: at 10,000 articles the parts are
 * 25 MB of JSON, of which `list` needs the 7 MB of encounters.
 */
const SECTIONS = ["documents", "encounters", "attendees", "people", "claims", "problems"] as const;

interface Snapshot {
  readonly index: Index | null;
  readonly listing: Listing | null;
}

function readSnapshot(path: string, key: string): Snapshot {
  const none = { index: null, listing: null };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return none;
  }
  const ends: number[] = [];
  for (let at = bytes.indexOf(10); at >= 0 && ends.length < SECTIONS.length + 3; at = bytes.indexOf(10, at + 1)) ends.push(at);
  if (ends.length !== SECTIONS.length + 3) return none;
  const line = (i: number) => bytes.toString("utf8", i === 0 ? 0 : (ends[i - 1] as number) + 1, ends[i]);
  if (line(0) !== key) {
    try {
      return { index: null, listing: JSON.parse(line(1)) as Listing };
    } catch {
      return none;
    }
  }
  const index: Record<string, unknown> = {};
  SECTIONS.forEach((name, i) => {
    let value: unknown;
    Object.defineProperty(index, name, {
      enumerable: true,
      get() {
        if (value === undefined) {
          try {
            value = JSON.parse(line(i + 2));
          } catch {
            // The key matched, so the file was whole when written; damaged since. Drop it so the next run rebuilds.
            rmSync(path, { force: true });
            throw new UsageError(`the index cache is damaged (${path}); run the command again to rebuild it`);
          }
        }
        return value;
      },
    });
  });
  Object.defineProperty(index, "claimSearch", { value: async () => (await import("./text-search.js")).loadClaimSearch(line(SECTIONS.length + 2)) });
  return { index: index as unknown as Index, listing: null };
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
    return JSON.parse(text.slice(first + 1)) as Index;
  } catch {
    return null;
  }
}
