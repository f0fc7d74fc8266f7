// The on-disk cache: where it lives and how files get in and out of it.
// Several summits processes may index the same corpus at once, so every write
// goes to a temporary file in the same folder and is renamed into place (a
// rename within one file system is atomic), and every read that fails in any
// way — missing, truncated, another version's format — counts as a miss.

import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { quickHash } from "../corpus/list.js";

/** $SUMMITS_CACHE_DIR, else $XDG_CACHE_HOME/summits, else ~/.cache/summits. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env["SUMMITS_CACHE_DIR"]) return env["SUMMITS_CACHE_DIR"];
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && xdg.startsWith("/")) return join(xdg, "summits");
  return join(env["HOME"] || homedir(), ".cache", "summits");
}

/** One article's cached parse and extraction, by content hash and extractor fingerprint. */
export function articleEntryPath(dir: string, fingerprint: string, key: string): string {
  return join(dir, "articles", fingerprint, key.slice(0, 2), `${key}.json`);
}

/** The whole-index snapshot of one corpus folder: one file per folder, overwritten as it changes. */
export function snapshotPath(dir: string, corpus: string): string {
  return join(dir, "snapshots", `${quickHash(corpus).slice(0, 24)}.json`);
}

export function readCacheText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

export function readCacheJson(path: string): unknown {
  const text = readCacheText(path);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Writes `text` so that readers see the old file or the whole new one, never
 * part of it. A cache that cannot be written (read-only home, full disk) only
 * costs speed, so failures are swallowed and reported as false.
 */
export function writeCacheFile(path: string, text: string): boolean {
  // Unique per process and per worker thread (they share a pid) without loading node:crypto.
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, path);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    return false;
  }
}

/** Removes everything summits cached. */
export function clearCache(dir: string): void {
  rmSync(join(dir, "articles"), { recursive: true, force: true });
  rmSync(join(dir, "snapshots"), { recursive: true, force: true });
}

/**
 * Drops the article entries of other extractor fingerprints: after an
 * upgrade nothing reads them again, and without this the cache would grow
 * by a corpus's worth per version. A process still running the old version
 * merely misses.
 */
export function pruneOtherFingerprints(dir: string, fingerprint: string): void {
  let names: string[];
  try {
    names = readdirSync(join(dir, "articles"));
  } catch {
    return;
  }
  for (const name of names) if (name !== fingerprint) rmSync(join(dir, "articles", name), { recursive: true, force: true });
}
