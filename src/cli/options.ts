// Flags → one frozen options object, resolved before any work starts.

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
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
  readonly cacheDir: string;
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

export function resolveGlobalOptions(raw: { corpus?: string; json?: boolean; color?: boolean; cache?: boolean }, io: Io): GlobalOptions {
  const corpusArg = raw.corpus ?? io.env["SUMMITS_CORPUS"];
  return Object.freeze({
    corpus: corpusArg ? resolve(io.cwd, corpusArg) : builtinCorpus(),
    json: raw.json === true,
    style: resolveStyle({ isTTY: io.isTTY, columns: io.columns, env: io.env, noColorFlag: raw.color === false }),
    cache: raw.cache !== false && io.env["SUMMITS_NO_CACHE"] === undefined,
    cacheDir: cacheDir(io.env),
  });
}
