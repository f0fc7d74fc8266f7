// Real processes on one store: kill -9 at seeded moments of a cold build, and
// two or four builds started together. Each ends with the index equal to a
// clean --no-cache build, and nothing half-written left behind. Bounded by
// the corpus's size; the moments are seeded, and any moment must do.

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storePath } from "../../src/index/cache.js";
import { openDatabase } from "../../src/index/engine.js";
import { openIndex } from "../../src/index/open.js";
import { BIN, cleanBuild, generateCorpus, recordsJson, scratch } from "./helpers.js";

const tmp = scratch("processes");
const corpus = join(tmp.dir, "corpus");
let clean = "";

beforeAll(async () => {
  generateCorpus(corpus, 100, 21);
  clean = await cleanBuild(corpus);
});
afterAll(tmp.remove);

function envFor(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, SUMMITS_CACHE_DIR: cache };
  delete env["SUMMITS_NO_CACHE"];
  delete env["SUMMITS_CORPUS"];
  return env;
}

const exited = (child: ChildProcess) => new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on("exit", (code, signal) => done({ code, signal })));

async function stored(cache: string): Promise<string> {
  return recordsJson(await openIndex({ corpus, cache: true, cacheDir: cache }));
}

/** What a cache folder may hold: the store, SQLite's files beside it, and the lock. Nothing else (no *.tmp, no partial copies). */
function strayFiles(cache: string): string[] {
  const ok = /^[0-9a-f]{24}\.sqlite(?:-wal|-shm|\.lock)?$/;
  return readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !ok.test(e.name)).map((e) => e.name);
}

function integrity(cache: string): string {
  const db = openDatabase(storePath(cache, corpus), { readOnly: true });
  const r = db.prepare("PRAGMA integrity_check").get() as { integrity_check: string };
  db.close();
  return r.integrity_check;
}

/** mulberry32: the same moments on every run. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("crash safety", () => {
  it("kill -9 at 10 seeded moments of a cold build, then a run: equal to a clean build, nothing half-written", async () => {
    const cache = join(tmp.dir, "cache-crash");
    const random = seeded(7);
    let killed = 0;
    for (let i = 0; i < 10; i++) {
      const child = spawn(process.execPath, [BIN, "--corpus", corpus, "index", "stats"], { env: envFor(cache), stdio: "ignore" });
      const end = exited(child);
      // From just after start-up to past the end of a build of this size.
      const at = 40 + Math.floor(random() * 1000);
      const timer = setTimeout(() => child.kill("SIGKILL"), at);
      const r = await end;
      clearTimeout(timer);
      if (r.signal === "SIGKILL") killed++;
      else expect(r.code).toBe(0);
    }
    expect(killed).toBeGreaterThan(0);
    const last = spawnSync(process.execPath, [BIN, "--corpus", corpus, "index", "stats"], { env: envFor(cache), encoding: "utf8" });
    expect(last.status).toBe(0);
    expect(await stored(cache)).toBe(clean);
    expect(integrity(cache)).toBe("ok");
    expect(strayFiles(cache)).toEqual([]);
  });
});

describe("summits index clear during a build", () => {
  it("both succeed, and the next run equals a clean build", async () => {
    const cache = join(tmp.dir, "cache-clear");
    const child = spawn(process.execPath, [BIN, "--corpus", corpus, "index", "stats"], { env: envFor(cache), stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    const end = exited(child);
    // Once the build has written something, whenever that is.
    for (let i = 0; i < 400 && !existsSync(storePath(cache, corpus)); i++) await new Promise((r) => setTimeout(r, 10));
    const clear = spawnSync(process.execPath, [BIN, "index", "clear"], { env: envFor(cache), encoding: "utf8" });
    expect([clear.status, clear.stderr]).toEqual([0, ""]);
    const r = await end;
    expect(r.code).toBe(0);
    expect(err).toMatch(/^(?:summits: cannot use the index at .*; indexing in memory for this run\n)?$/);
    expect(await stored(cache)).toBe(clean);
  });
});

describe("concurrency", () => {
  it.each([2, 4])("%i processes started together on one new corpus and store: all succeed, agree, and equal a clean build", async (n) => {
    const cache = join(tmp.dir, `cache-${n}`);
    const runs = Array.from({ length: n }, () => {
      const child = spawn(process.execPath, [BIN, "--corpus", corpus, "list", "--json"], { env: envFor(cache), stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      let err = "";
      child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
      child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
      return exited(child).then((r) => ({ ...r, out, err }));
    });
    const results = await Promise.all(runs);
    for (const r of results) {
      expect(r.code).toBe(0);
      // A process that waited says so in one line; nothing else is written.
      expect(r.err).toMatch(/^(?:summits: another summits process is indexing this corpus; waiting for it \(up to \d+ s\)\n)?$/);
      expect(r.out).toBe(results[0]?.out);
    }
    expect(await stored(cache)).toBe(clean);
    expect(strayFiles(cache)).toEqual([]);
  });
});
