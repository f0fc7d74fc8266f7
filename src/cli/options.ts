// Flags → one frozen options object, resolved before any work starts.

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { cacheDir } from "../index/cache.js";
import { resolveStyle, type Style } from "../render/output.js";

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly isTTY: boolean;
  /** stderr is a terminal: where a progress bar may go. */
  readonly stderrIsTTY?: boolean;
  readonly columns: number | undefined;
  readonly cwd: string;
}

export interface GlobalOptions {
  readonly corpus: string;
  readonly json: boolean;
  readonly style: Style;
  readonly cache: boolean;
  /** Articles larger than this are skipped (--max-file-size); undefined: the loader's default. */
  readonly maxFileSize: number | undefined;
  /** Follow symbolic links that leave the corpus folder (--follow-links). */
  readonly followLinks: boolean;
  readonly cacheDir: string;
  /** Per-article extraction time budget in ms (--time-budget); undefined: the indexer's default. */
  readonly budgetMs: number | undefined;
}

export interface RawGlobalFlags {
  corpus?: string;
  json?: boolean;
  color?: boolean;
  cache?: boolean;
  maxFileSize?: string;
  followLinks?: boolean;
  timeBudget?: string;
}

// The default lives in the loader, which is imported lazily: start-up stays small.
function parseByteCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--max-file-size: expected a positive number of bytes, got "${value.slice(0, 40)}"`);
  return Number(value);
}

function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,6}(?:\.\d{1,3})?$/.test(value.trim()) || Number(value) <= 0) throw new UsageError(`--time-budget: expected a positive number of seconds, got "${value.slice(0, 40)}"`);
  return Math.round(Number(value) * 1000);
}

/** The package root, found from this file whether it runs bundled (dist/) or from source (src/cli/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "corpus"))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), "..");
}

export function builtinCorpus(): string {
  return join(packageRoot(), "corpus");
}

/** The index scripts/build.mjs built for the built-in corpus at install. */
export function prebuiltIndex(): { corpus: string; file: string } {
  return { corpus: builtinCorpus(), file: join(packageRoot(), "dist", "builtin-index.json") };
}

/** The bundled worker entry; absent when running from source (tests). */
export function workerScript(): string | null {
  const file = join(packageRoot(), "dist", "worker.js");
  return existsSync(file) ? file : null;
}

export function resolveGlobalOptions(raw: RawGlobalFlags, io: Io): GlobalOptions {
  const corpusArg = raw.corpus ?? io.env["SUMMITS_CORPUS"];
  return Object.freeze({
    corpus: corpusArg ? resolve(io.cwd, corpusArg) : builtinCorpus(),
    json: raw.json === true,
    style: resolveStyle({ isTTY: io.isTTY, columns: io.columns, env: io.env, noColorFlag: raw.color === false }),
    cache: raw.cache !== false && io.env["SUMMITS_NO_CACHE"] === undefined,
    maxFileSize: parseByteCount(raw.maxFileSize),
    followLinks: raw.followLinks === true,
    cacheDir: cacheDir(io.env),
    budgetMs: parseSeconds(raw.timeBudget),
  });
}
