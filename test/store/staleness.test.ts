// After a warm run, every kind of change to a corpus: the next answer equals a
// clean build, only what changed is extracted again, and the records change
// (or do not) as they should.

import { readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openIndex } from "../../src/index/open.js";
import { cleanBuild, generateCorpus, recordsJson, scratch, WORKER } from "./helpers.js";

const tmp = scratch("staleness");
const corpus = join(tmp.dir, "corpus");
const cache = join(tmp.dir, "cache");
const articles = () => readdirSync(join(corpus, "000")).sort().map((f) => join(corpus, "000", f));

beforeAll(() => {
  generateCorpus(corpus, 60, 11);
  // Whole seconds, so that putting an mtime back is exact.
  const t = Math.floor(Date.now() / 1000) - 3600;
  for (const f of articles()) utimesSync(f, t, t);
});
afterAll(tmp.remove);

/** A warm build after a change: its records, how many documents it extracted, and a clean build's records. */
async function after(): Promise<{ records: string; extracted: number; clean: string }> {
  let extracted = 0;
  const index = await openIndex({ corpus, cache: true, cacheDir: cache, workerScript: WORKER, onProgress: (_d, total) => (extracted = total) });
  return { records: recordsJson(index), extracted, clean: await cleanBuild(corpus) };
}

/** Changes the published day of an article, keeping its size. */
const redate = (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/published: "(\d{4})-(\d\d)-\d\d"/, 'published: "$1-$2-27"'));

describe("staleness: each change, then the next answer equals a clean build", () => {
  let previous = "";

  it("cold, then warm with nothing extracted", async () => {
    const cold = await after();
    expect(cold.records).toBe(cold.clean);
    expect(cold.extracted).toBe(60);
    const warm = await after();
    expect(warm.extracted).toBe(0);
    expect(warm.records).toBe(cold.records);
    previous = warm.records;
  });

  /** After a change: a clean build's records, `extracted` articles extracted, and records that changed or not. */
  async function expectNext(extracted: number, changed: boolean): Promise<string> {
    const r = await after();
    expect(r.extracted).toBe(extracted);
    expect(r.records).toBe(r.clean);
    if (changed) expect(r.records).not.toBe(previous);
    else expect(r.records).toBe(previous);
    previous = r.records;
    return r.records;
  }

  it("a date changed in an article: that article alone is extracted again", async () => {
    const file = articles()[3] as string;
    const before = readFileSync(file, "utf8");
    redate(file);
    writeFileSync(file, `${readFileSync(file, "utf8")}\n`);
    expect(readFileSync(file, "utf8")).not.toBe(before);
    await expectNext(1, true);
  });

  it("the same size and the mtime put back: still seen (by ctime and inode), and extracted again", async () => {
    const file = articles()[7] as string;
    const st = statSync(file);
    redate(file);
    utimesSync(file, st.atime, st.mtime);
    const now = statSync(file);
    expect([now.size, now.mtimeMs]).toEqual([st.size, st.mtimeMs]);
    await expectNext(1, true);
  });

  it("an article deleted: nothing extracted, its records gone", async () => {
    const file = articles()[10] as string;
    rmSync(file);
    expect(await expectNext(0, true)).not.toContain(`"${file.slice(corpus.length + 1)}"`);
  });

  it("an article renamed: nothing extracted, its records under the new name", async () => {
    renameSync(articles()[12] as string, join(corpus, "renamed.md"));
    expect(await expectNext(0, true)).toContain('"renamed.md"');
  });

  it("an article added: it alone is extracted", async () => {
    writeFileSync(join(corpus, "added.md"), "---\ntitle: Added\npublished: \"2020-03-04\"\n---\nPresident Joe Biden met Prime Minister Boris Johnson in London on Tuesday, officials said.\n");
    await expectNext(1, true);
  });

  it("an article touched without change: nothing extracted, nothing changes", async () => {
    const later = Date.now() / 1000 + 60;
    utimesSync(articles()[20] as string, later, later);
    await expectNext(0, false);
  });

  it("curation.yaml edited: curation re-applied, nothing extracted", async () => {
    const first = (JSON.parse(previous) as { encounters: Array<{ id: string; sources: Array<{ document: string }> }> }).encounters[0];
    if (!first) throw new Error("no encounter to drop");
    writeFileSync(join(corpus, "curation.yaml"), `- document: ${first.sources[0]?.document}\n  drop: ${first.id}\n`);
    expect(await expectNext(0, true)).not.toContain(`"id":"${first.id}"`);
  });
});
