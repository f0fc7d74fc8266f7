import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/options.js";
import { cacheDir, storePath } from "../../src/index/cache.js";
import { openDatabase } from "../../src/index/engine.js";
import { openIndex } from "../../src/index/open.js";
import { prebuiltIndexText } from "../../src/index/prebuild.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "articles");

let tmp: string;
let corpus: string;
let cache: string;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), "summits-cache-test-"));
  corpus = join(tmp, "corpus");
  cache = join(tmp, "cache");
  cpSync(FIXTURES, corpus, { recursive: true });
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const open = (extra: Partial<Parameters<typeof openIndex>[0]> = {}) => openIndex({ corpus, cache: true, cacheDir: cache, ...extra });
const json = (x: unknown) => JSON.stringify(x);

/** Changes the store behind summits' back, as a damaged disk or another program might. */
function poison(location: string, sql: string): void {
  const db = openDatabase(location);
  db.exec(sql);
  db.close();
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function touch(file: string, text: string): void {
  writeFileSync(file, text);
  // A later mtime than any earlier listing, whatever the file system's resolution.
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

function io(env: Record<string, string>): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), env, isTTY: false, columns: 80, cwd: tmp };
}

describe("cache folder", () => {
  it("prefers SUMMITS_CACHE_DIR, then an absolute XDG_CACHE_HOME, then ~/.cache", () => {
    expect(cacheDir({ SUMMITS_CACHE_DIR: "/a", XDG_CACHE_HOME: "/b", HOME: "/h" })).toBe("/a");
    expect(cacheDir({ XDG_CACHE_HOME: "/b", HOME: "/h" })).toBe("/b/summits");
    expect(cacheDir({ XDG_CACHE_HOME: "relative", HOME: "/h" })).toBe("/h/.cache/summits");
    expect(cacheDir({ HOME: "/h" })).toBe("/h/.cache/summits");
  });
});

describe("the on-disk index", () => {
  it("gives the same index cold, warm and without a cache", async () => {
    const uncached = json(await open({ cache: false }));
    expect(existsSync(cache)).toBe(false);
    const cold = json(await open());
    expect(cold).toBe(uncached);
    expect(existsSync(storePath(cache, corpus))).toBe(true);
    expect(json(await open())).toBe(cold);
  });

  it("answers an unchanged folder without extracting anything", async () => {
    await open();
    const extracted: number[] = [];
    await open({ onProgress: (done) => extracted.push(done) });
    expect(extracted).toEqual([]);
  });

  it("re-extracts a changed article alone", async () => {
    await open();
    const file = join(corpus, readdirSync(corpus)[0] as string);
    touch(file, `${readFileSync(file, "utf8")}\n"We will meet again in Oslo," Zorbanian said.\n`);
    const totals = new Set<number>();
    const index = await open({ onProgress: (_done, total) => totals.add(total) });
    expect([...totals]).toEqual([1]);
    expect(index.claims.some((c) => c.text.includes("meet again in Oslo"))).toBe(true);
    expect(json(index)).toBe(json(await open({ cache: false })));
  });

  it("drops a removed article", async () => {
    const first = await open();
    const victim = readdirSync(corpus)[0] as string;
    rmSync(join(corpus, victim));
    const index = await open();
    expect(index.documents.length).toBe(first.documents.length - 1);
    expect(index.documents.some((d) => d.id === victim)).toBe(false);
  });

  it("removes what earlier versions cached (article entries, snapshots, their *.tmp files)", async () => {
    const stale = join(cache, "articles", "an-older-extractor", "ab", "ab.json.123.tmp");
    mkdirSync(join(stale, ".."), { recursive: true });
    writeFileSync(stale, "{");
    mkdirSync(join(cache, "snapshots"), { recursive: true });
    writeFileSync(join(cache, "snapshots", "x.json"), "{}");
    await open();
    expect(existsSync(join(cache, "articles"))).toBe(false);
    expect(existsSync(join(cache, "snapshots"))).toBe(false);
  });
});

describe("install-time index of the built-in corpus", () => {
  it("is used while the files' contents match, whatever their mtimes", async () => {
    const prebuilt = join(tmp, "builtin-index.json");
    writeFileSync(prebuilt, await prebuiltIndexText(corpus));
    const expected = json(await open({ cache: false }));
    const file = join(corpus, readdirSync(corpus)[0] as string);
    touch(file, readFileSync(file, "utf8"));
    const index = await open({ prebuilt: { corpus, file: prebuilt } });
    expect(json(index)).toBe(expected);
    expect(existsSync(cache)).toBe(false);
  });

  it("is ignored once a file's content changes", async () => {
    const prebuilt = join(tmp, "builtin-index.json");
    writeFileSync(prebuilt, await prebuiltIndexText(corpus));
    const file = join(corpus, readdirSync(corpus)[0] as string);
    touch(file, `${readFileSync(file, "utf8")}\n"We will never meet again in Oslo," Zorbanian said.\n`);
    const index = await open({ prebuilt: { corpus, file: prebuilt } });
    expect(index.claims.some((c) => c.text.includes("never meet again in Oslo"))).toBe(true);
    expect(existsSync(cache)).toBe(true);
  });
});

describe("summits index (alias cache) and --no-cache", () => {
  it("index stats counts what the corpus's index holds; index rebuild builds it anew with the same counts", async () => {
    const env = { SUMMITS_CACHE_DIR: cache };
    const stats = io(env);
    expect(await main(["--corpus", corpus, "index", "stats", "--json"], stats)).toBe(0);
    const expected = await open({ cache: false });
    const got = JSON.parse(stats.out.join("")) as Record<string, unknown>;
    expect(got).toMatchObject({ corpus, index: storePath(cache, corpus), documents: expected.documents.length, encounters: expected.encounters.length, people: expected.people.length, claims: expected.claims.length });
    expect(got["bytes"]).toBeGreaterThan(0);
    poison(storePath(cache, corpus), "INSERT INTO meta (key, value) VALUES ('marker', 'from before the rebuild')");
    const rebuilt = io(env);
    expect(await main(["--corpus", corpus, "index", "rebuild", "--json"], rebuilt)).toBe(0);
    expect(JSON.parse(rebuilt.out.join(""))).toMatchObject({ documents: got["documents"], encounters: got["encounters"] });
    // A new file, complete: the next run extracts nothing.
    const db = openDatabase(storePath(cache, corpus));
    expect(db.prepare("SELECT value FROM meta WHERE key = 'marker'").get()).toBeUndefined();
    db.close();
    const totals: number[] = [];
    await open({ onProgress: (_d, total) => totals.push(total) });
    expect(totals).toEqual([]);
  });


  it("cache path prints the folder and cache clear empties it, without reading any corpus", async () => {
    await open();
    const env = { SUMMITS_CACHE_DIR: cache, SUMMITS_CORPUS: join(tmp, "does-not-exist") };
    const p = io(env);
    expect(await main(["index", "path"], p)).toBe(0);
    expect(p.out.join("")).toBe(`${cache}\n`);
    const c = io(env);
    expect(await main(["cache", "clear"], c)).toBe(0);
    expect(filesUnder(cache)).toEqual([]);
  });

  it("--no-cache neither reads nor writes the cache", async () => {
    const env = { SUMMITS_CACHE_DIR: cache };
    const run = io(env);
    expect(await main(["--corpus", corpus, "--no-cache", "list", "--json"], run)).toBe(0);
    expect(existsSync(cache)).toBe(false);
    // A poisoned index would show if it were read.
    await main(["--corpus", corpus, "list", "--json"], io(env));
    poison(storePath(cache, corpus), "DELETE FROM encounters");
    const poisoned = io(env);
    await main(["--corpus", corpus, "list", "--json"], poisoned);
    expect(poisoned.out.join("")).toBe("[]\n");
    const bypass = io(env);
    await main(["--corpus", corpus, "--no-cache", "list", "--json"], bypass);
    expect(bypass.out.join("")).toBe(run.out.join(""));
  });
});

describe("quickHash", () => {
  it("is stable, and changes with any byte, wherever it is", async () => {
    const { quickHash } = await import("../../src/corpus/list.js");
    const base = Buffer.from("The leaders met in Geneva on June 16, 2021. ".repeat(50));
    const seen = new Set([quickHash(base)]);
    expect(quickHash(Buffer.from(base))).toBe(quickHash(base));
    expect(quickHash(base.toString("utf8"))).toBe(quickHash(base));
    for (const at of [0, 1, 2, 3, 17, base.length - 5, base.length - 1]) {
      const changed = Buffer.from(base);
      changed[at] = (changed[at] as number) ^ 1;
      seen.add(quickHash(changed));
    }
    seen.add(quickHash(base.subarray(0, base.length - 1)));
    seen.add(quickHash(base.subarray(1)));
    expect(seen.size).toBe(10);
  });
});
