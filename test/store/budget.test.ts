// Every document's extraction runs under a time budget in a worker thread: one
// that never finishes is reported and skipped, the rest of the corpus indexes,
// and the next run does not try the same bytes again. The slow document is
// made slow through the extractor seam (ProcessSettings.extractorModule), not
// by finding a real input that is slow.

import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/options.js";
import { openIndex } from "../../src/index/open.js";
import { FIXTURES } from "../helpers.js";
import { cleanBuild, recordsJson, scratch, WORKER } from "./helpers.js";

const MARK = "THIS-ARTICLE-NEVER-FINISHES";
// Far above what a small article takes even on a loaded machine; the slow one never finishes at all.
const BUDGET_MS = 4000;

const tmp = scratch("budget");
const corpus = join(tmp.dir, "corpus");
const slowCorpus = join(tmp.dir, "slow-corpus");
const cache = join(tmp.dir, "cache");
const seam = join(tmp.dir, "slow-extractor.mjs");
const few = readdirSync(join(FIXTURES, "articles")).filter((f) => f.endsWith(".md")).slice(0, 4);

beforeAll(() => {
  for (const f of few) cpSync(join(FIXTURES, "articles", f), join(corpus, f));
  cpSync(corpus, slowCorpus, { recursive: true });
  writeFileSync(join(slowCorpus, "50-stuck.md"), `---\ntitle: Stuck\n---\nPresident Biden met President Putin in Geneva on June 16, 2021. ${MARK}\n`);
  writeFileSync(seam, `export const wrapExtractor = (extract) => (input) => {\n  if (input.body.includes(${JSON.stringify(MARK)})) for (;;) {}\n  return extract(input);\n};\n`);
});
afterAll(tmp.remove);

const open = (extra: Parameters<typeof openIndex>[0] extends infer O ? Partial<O> : never = {}) =>
  openIndex({ corpus: slowCorpus, cache: true, cacheDir: cache, workerScript: WORKER, budgetMs: BUDGET_MS, extractorModule: pathToFileURL(seam).href, ...extra });

function io(): Io & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), out: () => out, err: () => err, env: { SUMMITS_CACHE_DIR: cache }, isTTY: false, columns: 100, cwd: tmp.dir };
}

describe("the per-document time budget", () => {
  it("skips a document that never finishes, names it, and indexes the rest as if it were not there", async () => {
    const index = await open();
    const skipped = index.problems.filter((p) => p.file === "50-stuck.md");
    expect(skipped).toEqual([{ file: "50-stuck.md", line: null, field: null, severity: "error", message: `skipped: extraction exceeded ${BUDGET_MS / 1000} s` }]);
    expect(index.documents.map((d) => d.id)).toEqual(few);
    const withoutIt = JSON.parse(await cleanBuild(corpus)) as { encounters: unknown; people: unknown; claims: unknown };
    const got = JSON.parse(recordsJson(index)) as typeof withoutIt;
    expect(got.encounters).toEqual(withoutIt.encounters);
    expect(got.people).toEqual(withoutIt.people);
    expect(got.claims).toEqual(withoutIt.claims);
  });

  it("does not try the same bytes again on the next run", async () => {
    const extracted: number[] = [];
    const index = await open({ onProgress: (done) => extracted.push(done) });
    expect(extracted).toEqual([]);
    expect(index.problems.some((p) => p.file === "50-stuck.md" && p.message.startsWith("skipped: extraction exceeded"))).toBe(true);
  });

  it("is reported by summits check, in text and in --json", async () => {
    const text = io();
    expect(await main(["--corpus", slowCorpus, "check"], text)).toBe(1);
    expect(text.out()).toContain(`50-stuck.md: error: skipped: extraction exceeded ${BUDGET_MS / 1000} s\n`);
    const json = io();
    await main(["--corpus", slowCorpus, "check", "--json"], json);
    expect(JSON.parse(json.out())).toContainEqual({ file: "50-stuck.md", line: null, field: null, severity: "error", message: `skipped: extraction exceeded ${BUDGET_MS / 1000} s` });
  });
});
