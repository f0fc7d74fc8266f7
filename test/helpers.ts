// Shared test helpers: run the CLI in-process with a fake terminal, and build
// indexes from inline articles.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../src/cli/main.js";
import type { Io } from "../src/cli/options.js";
import { loadCorpus } from "../src/corpus/load.js";
import { buildIndex, type Index } from "../src/index/build.js";
import { extractAll } from "../src/index/open.js";
import { loadGazetteer, type Gazetteer } from "../src/extract/gazetteer.js";

export const ROOT = join(import.meta.dirname, "..");
export const BUILTIN = join(ROOT, "corpus");
export const FIXTURES = join(ROOT, "test", "fixtures");

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export async function runCli(args: string[], options: { env?: Record<string, string>; tty?: boolean; columns?: number } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: { SUMMITS_NO_CACHE: "1", ...(options.env ?? {}) },
    isTTY: options.tty ?? false,
    columns: options.columns ?? 120,
    cwd: ROOT,
  };
  const code = await main(args, io);
  return { stdout, stderr, code };
}

export async function runJson<T>(args: string[]): Promise<T> {
  const r = await runCli([...args, "--json"]);
  if (r.code !== 0) throw new Error(`summits ${args.join(" ")} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

let gazetteer: Gazetteer | null = null;
export function gaz(): Gazetteer {
  gazetteer ??= loadGazetteer();
  return gazetteer;
}

export async function indexOf(dir: string): Promise<Index> {
  const { articles, problems, corrections } = loadCorpus(dir);
  return buildIndex({ articles, extractions: await extractAll(articles), problems, corrections });
}

export function bodyOf(dir: string, document: string): string {
  const raw = readFileSync(join(dir, document), "utf8");
  const m = /^---[^\n]*\n[\s\S]*?\n---[ \t]*\r?\n/.exec(raw);
  return m ? raw.slice(m[0].length) : raw;
}
