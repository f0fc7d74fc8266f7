// Flags → one frozen options object, resolved before any work starts.

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { cacheDir } from "../index/cache.js";
import { FORMATS, type Format, type OutputOptions } from "../render/format.js";
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
  /** The output is JSON or NDJSON: no progress bar, no prose. */
  readonly json: boolean;
  /** Format (--format, --json, else a table on a terminal and TSV in a pipe), --fields and --wide. */
  readonly output: OutputOptions;
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
  format?: string;
  fields?: string;
  wide?: boolean;
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

/** The format asked for; else a table for a person (a terminal, or colour forced on for a pager) and TSV for a script. */
function parseFormat(raw: RawGlobalFlags, forPerson: boolean): Format {
  if (raw.format !== undefined) {
    const format = raw.format.trim().toLowerCase();
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: "${raw.format}" is not one of ${FORMATS.join(", ")}`);
    if (raw.json === true && format !== "json" && format !== "ndjson") throw new UsageError(`--json and --format ${raw.format} ask for two formats; give one`);
    return format as Format;
  }
  if (raw.json === true) return "json";
  return forPerson ? "table" : "tsv";
}

/** "id,date" → ["id", "date"]; which names are valid is the command's to say (its records' JSON keys). */
function parseFields(value: string | undefined): readonly string[] | null {
  if (value === undefined) return null;
  const fields = value.split(",").map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) throw new UsageError(`--json: "${value}" names no field`);
  return Object.freeze([...new Set(fields)]);
}

export function resolveGlobalOptions(raw: RawGlobalFlags, io: Io): GlobalOptions {
  const corpusArg = raw.corpus ?? io.env["SUMMITS_CORPUS"];
  // A pipe has no width; COLUMNS, when set, says what the pager's is.
  const columns = io.columns ?? (Number(io.env["COLUMNS"]) || undefined);
  const style = resolveStyle({ isTTY: io.isTTY, columns, env: io.env, noColorFlag: raw.color === false });
  const format = parseFormat(raw, io.isTTY || style.color);
  return Object.freeze({
    corpus: corpusArg ? resolve(io.cwd, corpusArg) : builtinCorpus(),
    json: format === "json" || format === "ndjson",
    output: Object.freeze({ format, fields: parseFields(raw.fields), wide: raw.wide === true, given: raw.format !== undefined || raw.json === true }),
    style,
    cache: raw.cache !== false && io.env["SUMMITS_NO_CACHE"] === undefined,
    maxFileSize: parseByteCount(raw.maxFileSize),
    followLinks: raw.followLinks === true,
    cacheDir: cacheDir(io.env),
    budgetMs: parseSeconds(raw.timeBudget),
  });
}
