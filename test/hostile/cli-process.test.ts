// Cases 9 and 10 of issue 5: an unusable --corpus is one line and exit 2;
// a reader that closes the pipe early gets a quiet exit 0.

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, ROOT, run, spawnCli, tempDir } from "./helpers.js";

describe("--corpus that cannot be used (case 9)", () => {
  it("a missing folder", async () => {
    const dir = join(tempDir(), "nope");
    expect(await run(["--corpus", dir, "list"])).toEqual({ code: 2, stdout: "", stderr: `summits: ${dir}: corpus folder not found\n` });
  });

  it("a file instead of a folder", async () => {
    const file = join(tempDir(), "article.md");
    writeFileSync(file, "# An article\n");
    expect(await run(["--corpus", file, "list"])).toEqual({ code: 2, stdout: "", stderr: `summits: ${file}: corpus is not a folder\n` });
  });

  it("an empty folder, or one with no article files, for every command including check", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.json"), "{}");
    for (const args of [["list"], ["check"], ["ask", "when did Biden meet Putin"], ["sources", "--json"]]) {
      expect(await run(["--corpus", dir, ...args])).toEqual({
        code: 2,
        stdout: "",
        stderr: `summits: ${dir}: no articles in this folder (looked for .md, .markdown and .txt files)\n`,
      });
    }
  });

  it("a folder whose only article is behind a link it will not follow says so", async () => {
    const outside = tempDir();
    cpSync(fixture("tree/ok.md"), join(outside, "ok.md"));
    const dir = tempDir();
    const { symlinkSync } = await import("node:fs");
    symlinkSync(join(outside, "ok.md"), join(dir, "ok.md"));
    const r = await run(["--corpus", dir, "list"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `summits: ${dir}: no articles in this folder (looked for .md, .markdown and .txt files; passed over ok.md: symbolic link to outside the corpus (not followed; --follow-links to follow it))\n`,
    );
  });

  it("the real process prints one line and no stack trace", () => {
    const r = spawnCli(["--corpus", "/nonexistent/summits-corpus", "list"]);
    expect(r).toEqual({ code: 2, stdout: "", stderr: "summits: /nonexistent/summits-corpus: corpus folder not found\n" });
  });
});

describe("nothing written to disk (case 10)", () => {
  // summits writes only to its cache folder (atomically), never beside the articles or where it runs.
  it("a run leaves the corpus and the working folder exactly as they were", () => {
    const corpus = tempDir();
    cpSync(fixture("encodings"), corpus, { recursive: true });
    const cwd = tempDir();
    const snapshot = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) => `${e.parentPath}/${e.name}:${e.isFile() ? statSync(join(e.parentPath, e.name)).mtimeMs : "dir"}`).sort();
    const before = [snapshot(corpus), snapshot(cwd)];
    const codes = [["list"], ["claims", "--json"], ["check"], ["ask", "who met whom"]].map((args) => spawnCli(["--corpus", corpus, ...args], { cwd }).code);
    expect(codes.every((code) => code === 0 || code === 1)).toBe(true);
    expect([snapshot(corpus), snapshot(cwd)]).toEqual(before);
  });
});

describe("output closed early (case 10)", () => {
  // More output than a pipe buffer holds (64 KB), so the write really meets a closed pipe.
  let big = "";
  beforeAll(() => {
    big = mkdtempSync(join(tmpdir(), "summits-hostile-big-"));
    execFileSync(process.execPath, [join(ROOT, "bench", "generate.mjs"), "--count", "150", "--out", big], { stdio: "ignore" });
  });

  afterAll(() => rmSync(big, { recursive: true, force: true }));

  for (const command of ["list --json", "claims", "people --json", "sources"]) {
    it(`summits ${command} | head -c 50: exit 0, nothing on stderr`, () => {
      const r = spawnSync("bash", ["-c", `set -o pipefail; ./bin/summits --corpus "$BIG" ${command} | head -c 50 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`], {
        env: { ...process.env, BIG: big },
        cwd: ROOT,
        encoding: "utf8",
        timeout: 600_000,
      });
      expect(r.stderr).toBe("status 0\n");
      expect(r.status).toBe(0);
    });
  }
});
