import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Io } from "../../src/cli/options.js";
import { cacheDir, snapshotPath, writeCacheFile } from "../../src/index/cache.js";
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

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
const entries = () => filesUnder(join(cache, "articles"));

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

describe("per-article cache and snapshot", () => {
  it("gives the same index cold, from the article cache, from the snapshot and without a cache", async () => {
    const uncached = json(await open({ cache: false }));
    expect(existsSync(cache)).toBe(false);
    const cold = json(await open());
    expect(cold).toBe(uncached);
    expect(entries().length).toBe(readdirSync(corpus).length);
    expect(existsSync(snapshotPath(cache, corpus))).toBe(true);

    const snap = json(await open());
    expect(snap).toBe(cold);

    rmSync(snapshotPath(cache, corpus));
    const fromEntries = json(await open());
    expect(fromEntries).toBe(cold);
  });

  it("answers an unchanged folder from the snapshot without touching the article cache", async () => {
    const cold = json(await open());
    rmSync(join(cache, "articles"), { recursive: true });
    expect(json(await open())).toBe(cold);
    expect(existsSync(join(cache, "articles"))).toBe(false);
  });

  it("re-extracts a changed article alone", async () => {
    await open();
    const before = new Map(entries().map((f) => [f, statSync(f).mtimeMs]));
    const file = join(corpus, readdirSync(corpus)[0] as string);
    touch(file, `${readFileSync(file, "utf8")}\n"We will meet again in Oslo," Zorbanian said.\n`);
    const index = await open();
    const after = entries();
    expect(after.length).toBe(before.size + 1);
    for (const [f, mtime] of before) expect(statSync(f).mtimeMs).toBe(mtime);
    expect(index.claims.some((c) => c.text.includes("meet again in Oslo"))).toBe(true);
    expect(json(index)).toBe(json(await open({ cache: false })));
  });

  it("drops the entries of other extractor versions once it has rebuilt", async () => {
    const stale = join(cache, "articles", "an-older-extractor", "ab", "ab.json");
    writeCacheFile(stale, "{}");
    await open();
    expect(existsSync(stale)).toBe(false);
    expect(entries().length).toBe(readdirSync(corpus).length);
  });

  it("drops a removed article even though its cache entry stays", async () => {
    const first = await open();
    const victim = readdirSync(corpus)[0] as string;
    rmSync(join(corpus, victim));
    const index = await open();
    expect(index.documents.length).toBe(first.documents.length - 1);
    expect(index.documents.some((d) => d.id === victim)).toBe(false);
  });

  it("treats corrupt or truncated entries and snapshots as misses", async () => {
    const cold = json(await open());
    const all = entries();
    writeFileSync(all[0] as string, "{ not json");
    writeFileSync(all[1] as string, JSON.stringify({ format: 1, parsed: {}, extraction: {} }));
    writeFileSync(snapshotPath(cache, corpus), "garbage");
    expect(json(await open())).toBe(cold);
    // The broken entries were rewritten whole.
    for (const f of all.slice(0, 2)) expect(() => JSON.parse(readFileSync(f, "utf8"))).not.toThrow();
    writeFileSync(snapshotPath(cache, corpus), `${readFileSync(snapshotPath(cache, corpus), "utf8").slice(0, 200)}`);
    expect(json(await open())).toBe(cold);
  });

  it("reports a snapshot part damaged after it was written, and drops the snapshot", async () => {
    await open();
    const lines = readFileSync(snapshotPath(cache, corpus), "utf8").split("\n");
    lines[3] = "[{";
    writeFileSync(snapshotPath(cache, corpus), lines.join("\n"));
    const index = await open();
    expect(() => index.encounters).toThrow(/damaged/);
    expect(existsSync(snapshotPath(cache, corpus))).toBe(false);
    expect(json(await open())).toBe(json(await open({ cache: false })));
  });

  it("leaves no temporary files behind, and a failed write leaves nothing", async () => {
    await open();
    const file = join(corpus, readdirSync(corpus)[1] as string);
    touch(file, `${readFileSync(file, "utf8")}\nMore text.\n`);
    await open();
    expect(filesUnder(cache).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    writeFileSync(join(tmp, "blocker"), "a file where a folder should be");
    expect(writeCacheFile(join(tmp, "blocker", "x", "entry.json"), "{}")).toBe(false);
    expect(filesUnder(tmp).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("survives two builds of the same folder at once", async () => {
    const [a, b] = await Promise.all([open(), open()]);
    expect(json(a)).toBe(json(b));
    expect(json(await open())).toBe(json(a));
    expect(filesUnder(cache).filter((f) => f.endsWith(".tmp"))).toEqual([]);
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

describe("summits cache and --no-cache", () => {
  it("cache path prints the folder and cache clear empties it, without reading any corpus", async () => {
    await open();
    const env = { SUMMITS_CACHE_DIR: cache, SUMMITS_CORPUS: join(tmp, "does-not-exist") };
    const p = io(env);
    expect(await main(["cache", "path"], p)).toBe(0);
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
    // A poisoned snapshot would show if it were read.
    const withCache = io(env);
    await main(["--corpus", corpus, "list", "--json"], withCache);
    const lines = readFileSync(snapshotPath(cache, corpus), "utf8").split("\n");
    lines[3] = "[]"; // the encounters
    writeFileSync(snapshotPath(cache, corpus), lines.join("\n"));
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
