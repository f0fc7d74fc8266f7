// Shared by the store tests: generated corpora, clean builds to compare with,
// and temporary folders that are always removed.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openIndex, type OpenOptions } from "../../src/index/open.js";
import { ROOT } from "../helpers.js";

export const WORKER = join(ROOT, "dist", "worker.js");
export const BIN = join(ROOT, "bin", "summits");

/** A temporary folder and its removal; call the second in afterEach/afterAll. */
export function scratch(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `summits-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `count` seeded bench articles (bench/generate.mjs) in `dir`, without its truth file. */
export function generateCorpus(dir: string, count: number, seed: number): void {
  execFileSync(process.execPath, [join(ROOT, "bench", "generate.mjs"), "--count", String(count), "--out", dir, "--seed", String(seed)], { stdio: "ignore" });
  rmSync(join(dir, "truth.json"), { force: true });
}

/** Every record of an index, as JSON: what two builds must agree on. Lets go of its store. */
export function recordsJson(index: Awaited<ReturnType<typeof openIndex>>): string {
  const json = JSON.stringify(index);
  index.close?.();
  return json;
}

/** A clean build: no store, nothing reused. */
export async function cleanBuild(corpus: string, extra: Partial<OpenOptions> = {}): Promise<string> {
  return recordsJson(await openIndex({ corpus, cache: false, cacheDir: "/nonexistent", ...extra }));
}
