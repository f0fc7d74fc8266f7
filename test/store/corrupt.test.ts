// Damaged or foreign state where the index lives: each case recovers (the
// answer equals a clean build) or degrades with one clear line, never a stack
// trace or an internal error.

import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/options.js";
import { cacheDir, storePath } from "../../src/index/cache.js";
import { openDatabase } from "../../src/index/engine.js";
import { openIndex } from "../../src/index/open.js";
import { FIXTURES } from "../helpers.js";
import { BIN, cleanBuild, recordsJson, scratch } from "./helpers.js";

const tmp = scratch("corrupt");
const corpus = join(tmp.dir, "corpus");
let cache = "";
let clean = "";
let n = 0;

beforeAll(async () => {
  for (const f of readdirSync(join(FIXTURES, "articles")).slice(0, 12)) cpSync(join(FIXTURES, "articles", f), join(corpus, f));
  clean = await cleanBuild(corpus);
});
afterAll(tmp.remove);
// A cache folder per test: each starts from a good index and damages it.
beforeEach(() => {
  cache = join(tmp.dir, `cache-${++n}`);
});

const location = () => storePath(cache, corpus);

async function open(): Promise<{ records: string; notices: string[] }> {
  const notices: string[] = [];
  const index = await openIndex({ corpus, cache: true, cacheDir: cache, onNotice: (m) => notices.push(m) });
  return { records: recordsJson(index), notices };
}

function summits(args: string[]): { status: number | null; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, SUMMITS_CACHE_DIR: cache };
  delete env["SUMMITS_NO_CACHE"];
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: "utf8" });
  return { status: r.status, stderr: r.stderr };
}

function sql(statement: string): void {
  const db = openDatabase(location());
  db.exec(statement);
  db.close();
}

/** A later listing for one article, so the next run looks at the documents again. */
function touchOne(): void {
  const file = join(corpus, readdirSync(corpus)[0] as string);
  writeFileSync(file, readFileSync(file));
}

function io(env: Record<string, string>): Io & { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), out: () => out, err: () => err, env, isTTY: false, columns: 100, cwd: tmp.dir };
}

describe("corrupt state", () => {
  // Damage to the file itself is done between processes, as it happens: a process's own connections
  // share SQLite's in-process state for the file, which would mask it.
  it.each([
    ["of garbage", (f: string) => writeFileSync(f, Buffer.alloc(8192, 0x5a)), true],
    ["truncated", (f: string) => truncateSync(f, 1000), true],
    ["emptied", (f: string) => truncateSync(f, 0), false],
  ] as const)("a store file %s is rebuilt by the next run", async (_what, damage, told) => {
    expect(summits(["--corpus", corpus, "index", "stats"]).status).toBe(0);
    damage(location());
    const r = summits(["--corpus", corpus, "list", "--json"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(told ? `summits: the index at ${location()} was damaged; rebuilding it\n` : "");
    expect((await open()).records).toBe(clean);
  });

  it("a stored extraction of the wrong shape (valid JSON) is a miss, never wrong output", async () => {
    await open();
    sql(`UPDATE documents SET extraction = '{"people": 1}' WHERE rowid = (SELECT min(rowid) FROM documents)`);
    touchOne();
    expect((await open()).records).toBe(clean);
  });

  it("a stored body start outside its text (bodyStart -50) is a miss, never wrong output", async () => {
    await open();
    sql(`UPDATE documents SET parsed = json_set(parsed, '$.bodyStart', -50)`);
    touchOne();
    expect((await open()).records).toBe(clean);
  });

  it("a damaged record found while answering: one line naming the index, which is removed; the next run rebuilds", async () => {
    await main(["--corpus", corpus, "list"], io({ SUMMITS_CACHE_DIR: cache }));
    sql(`UPDATE encounters SET record = '{"id": 1}'`);
    const run = io({ SUMMITS_CACHE_DIR: cache });
    expect(await main(["--corpus", corpus, "list"], run)).toBe(2);
    expect(run.err()).toBe(`summits: the index at ${location()} is damaged and was removed; run the command again to rebuild it\n`);
    expect(existsSync(location())).toBe(false);
    expect((await open()).records).toBe(clean);
  });

  it("a store of another schema version is rebuilt", async () => {
    await open();
    sql(`UPDATE meta SET value = '999' WHERE key = 'schema'; DELETE FROM encounters`);
    touchOne();
    expect((await open()).records).toBe(clean);
  });

  it("a store written by another extractor is re-extracted", async () => {
    await open();
    sql(`UPDATE meta SET value = 'another-extractor' WHERE key = 'extractor'; UPDATE documents SET extraction = '{"people":[],"encounters":[],"attendees":[],"claims":[],"venues":[]}'`);
    touchOne();
    expect((await open()).records).toBe(clean);
  });

  it("a damaged lock file is made anew", async () => {
    await open();
    writeFileSync(`${location()}.lock`, "not a database at all, but long enough to have a header");
    touchOne();
    expect((await open()).records).toBe(clean);
  });

  it("a cache path that is a file: answers from memory with one line; index clear refuses it with one line", async () => {
    writeFileSync(cache, "a file where the cache folder should be");
    const r = await open();
    expect(r.records).toBe(clean);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^cannot use the index at .*\(ENOTDIR\); indexing in memory for this run$/);
    const clear = io({ SUMMITS_CACHE_DIR: cache });
    expect(await main(["index", "clear"], clear)).toBe(2);
    expect(clear.err()).toBe(`summits: ${cache}: the cache path is not a folder; not deleting it\n`);
    expect(readFileSync(cache, "utf8")).toBe("a file where the cache folder should be");
  });

  it("HOME unset or empty, or a relative SUMMITS_CACHE_DIR: never a cache in the current folder", async () => {
    for (const env of [{}, { HOME: "" }, { HOME: "relative/home" }]) expect(cacheDir(env).startsWith("/")).toBe(true);
    const run = io({ SUMMITS_CACHE_DIR: "relative/cache" });
    expect(await main(["--corpus", corpus, "list"], run)).toBe(2);
    expect(run.err()).toBe('summits: SUMMITS_CACHE_DIR: expected an absolute path, got "relative/cache"\n');
    expect(existsSync(join(tmp.dir, "relative"))).toBe(false);
  });
});
