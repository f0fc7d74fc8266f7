// Where summits keeps what it builds, and clearing it. Since the on-disk index
// (store.ts) every write goes through SQLite's transactions, so an interrupted
// run leaves no half-written file; the per-article JSON entries and snapshots
// of earlier versions are removed when a store is first written.

import { lstatSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir, userInfo } from "node:os";
import { isAbsolute, join } from "node:path";
import { UsageError } from "../errors.js";
import { quickHash } from "../corpus/list.js";

/**
 * $SUMMITS_CACHE_DIR (absolute), else $XDG_CACHE_HOME/summits, else
 * ~/.cache/summits. Never a relative path: an empty HOME must not put the
 * cache in the current folder, which may be the corpus.
 */
export function cacheDir(env: Readonly<Record<string, string | undefined>>): string {
  const own = env["SUMMITS_CACHE_DIR"];
  if (own) {
    if (!isAbsolute(own)) throw new UsageError(`SUMMITS_CACHE_DIR: expected an absolute path, got "${own.slice(0, 80)}"`);
    return own;
  }
  // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env["XDG_CACHE_HOME"];
  if (xdg && isAbsolute(xdg)) return join(xdg, "summits");
  // Each only if the one before is unusable: every command resolves this at start-up.
  const home = [() => env["HOME"], homedir, safeUserHome].reduce<string | undefined>((found, next) => found ?? usable(next()), undefined);
  return home ? join(home, ".cache", "summits") : join(tmpdir(), `summits-cache-${process.getuid?.() ?? "user"}`);
}

const usable = (dir: string | undefined) => (dir && isAbsolute(dir) ? dir : undefined);

function safeUserHome(): string | undefined {
  try {
    return userInfo().homedir;
  } catch {
    return undefined;
  }
}

/** The store of one corpus folder. */
export function storePath(dir: string, corpus: string): string {
  return join(dir, "index", `${quickHash(corpus).slice(0, 24)}.sqlite`);
}

/** What earlier versions kept: per-article JSON entries and whole-index snapshots (and their *.tmp files). */
export const LEGACY_FOLDERS = ["articles", "snapshots"] as const;

export function readCacheText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** curation.yaml's bytes, hashed: an edit to it re-applies curation without re-extracting anything. */
export function curationHash(corpus: string): string {
  try {
    return quickHash(readFileSync(join(corpus, "curation.yaml")));
  } catch {
    return "none";
  }
}

/**
 * Removes everything summits keeps. A path that is not a folder is refused
 * (it is not ours to delete). A process indexing meanwhile keeps writing to
 * the file it has open, which is gone: its answers stand, and the next run
 * rebuilds.
 */
export function clearCache(dir: string): void {
  let isDir: boolean;
  try {
    isDir = lstatSync(dir).isDirectory();
  } catch {
    return;
  }
  if (!isDir) throw new UsageError(`${dir}: the cache path is not a folder; not deleting it`);
  for (const name of ["index", ...LEGACY_FOLDERS]) {
    try {
      rmSync(join(dir, name), { recursive: true, force: true, maxRetries: 3 });
    } catch (err) {
      throw new UsageError(`could not clear ${join(dir, name)} (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
}

/** Drops what earlier versions left; a failure only costs disk space. */
export function removeLegacyCache(dir: string): void {
  for (const name of LEGACY_FOLDERS) {
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // not ours to worry about now
    }
  }
}
