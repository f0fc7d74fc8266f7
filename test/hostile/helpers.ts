// Runs summits the two ways the hostile-corpus tests need: in-process through
// main() with a fake Io (fast, no build), or as a real process through
// bin/summits when the test is about the process itself (eval, pipes, users).

import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";
import { tempDir } from "../temp.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const HOSTILE = join(ROOT, "test", "fixtures", "hostile");
export const fixture = (name: string) => join(HOSTILE, name);

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

// A cache of this test process's own, so that hostile corpora never touch the user's ~/.cache/summits.
const CACHE = mkdtempSync(join(tmpdir(), "summits-hostile-cache-"));
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

export async function run(argv: readonly string[], options: { env?: Record<string, string>; isTTY?: boolean } = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { SUMMITS_CACHE_DIR: CACHE, ...options.env },
    isTTY: options.isTTY ?? false,
    columns: 120,
    cwd: ROOT,
  });
  return { code, stdout, stderr };
}

/** bin/summits as a real process; the bundle is built by the vitest global setup. */
export function spawnCli(args: readonly string[], options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "summits"), ...args], { cwd: ROOT, encoding: "utf8", timeout: 600_000, ...options, env: { ...process.env, SUMMITS_CACHE_DIR: CACHE, ...options.env } });
  return { code: r.status ?? -1, stdout: String(r.stdout ?? ""), stderr: String(r.stderr ?? "") };
}

export { tempDir };

/** Problem lines on stderr, i.e. lines that are not `summits: …` messages. */
export const problemLines = (stderr: string) => stderr.split("\n").filter((l) => l && !l.startsWith("summits: "));

export const NO_STACK = /\n\s+at |Error:|TypeError|ReferenceError/;
