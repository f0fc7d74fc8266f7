// Case 5 of issue 5: encodings and shapes. UTF-16 and the over-size file are
// generated here rather than committed: a UTF-16 file is opaque in a diff, and
// a 5 MB fixture would bloat the repository.

import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, problemLines, run, tempDir } from "./helpers.js";

interface Evidence { document: string; quote: string; start: number; end: number }

describe("encodings and shapes (case 5)", () => {
  it("skips binary files, warns on bad UTF-8, empty and metadata-only files, and loads the rest", async () => {
    const r = await run(["--corpus", fixture("encodings"), "sources", "--json"]);
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual([
      "empty.md: warning: empty file (nothing to index)",
      "front-matter-only.md:5: warning: front matter only, no article text",
      "invalid-utf8.md:5: warning: not valid UTF-8 (bad bytes replaced with U+FFFD)",
      "nul.md: error: binary file (NUL byte at offset 26) skipped",
      "picture.md: error: binary file (PNG image) skipped",
    ]);
    const docs = JSON.parse(r.stdout) as Array<{ id: string; title: string; published: string | null; claims: number }>;
    expect(docs.map((d) => d.id)).toEqual(["bom.md", "crlf.md", "empty.md", "front-matter-only.md", "invalid-utf8.md", "ok.md"]);
    // The byte-order mark does not hide the front matter.
    expect(docs.find((d) => d.id === "bom.md")).toMatchObject({ title: "With a byte-order mark", published: "2022-11-15" });
    expect(docs.find((d) => d.id === "invalid-utf8.md")?.claims).toBeGreaterThan(0);
  });

  it("keeps evidence offsets exact in a CRLF file", async () => {
    const dir = fixture("encodings");
    const text = readFileSync(join(dir, "crlf.md"), "utf8");
    expect(text).toContain("\r\n");
    const body = text.slice(text.indexOf("\r\n---\r\n") + "\r\n---\r\n".length);
    const claims = JSON.parse((await run(["--corpus", dir, "claims", "--json"])).stdout) as Array<{ source: Evidence }>;
    const encounters = JSON.parse((await run(["--corpus", dir, "list", "--json"])).stdout) as Array<{ sources: Evidence[] }>;
    const evidence = [...claims.map((c) => c.source), ...encounters.flatMap((e) => e.sources)].filter((e) => e.document === "crlf.md");
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    for (const e of evidence) {
      expect(body.slice(e.start, e.end)).toBe(e.quote);
      expect(e.quote).not.toContain("\r");
    }
    const sources = JSON.parse((await run(["--corpus", dir, "sources", "--json"])).stdout) as Array<{ id: string; kind: string | null }>;
    expect(sources.find((d) => d.id === "crlf.md")?.kind).toBe("news");
  });

  it("decodes UTF-16 with a byte-order mark, little- and big-endian", async () => {
    const dir = tempDir();
    const text = readFileSync(fixture("encodings/bom.md"), "utf8").replace(/^\uFEFF/, "").replace("With a byte-order mark", "In UTF-16");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    writeFileSync(join(dir, "utf16le.md"), le);
    writeFileSync(join(dir, "utf16be.md"), Buffer.concat([Buffer.from([0xfe, 0xff]), be.subarray(2)]));
    const r = await run(["--corpus", dir, "sources", "--json"]);
    expect(r.stderr).toBe("");
    const docs = JSON.parse(r.stdout) as Array<{ id: string; title: string; claims: number }>;
    expect(docs.map((d) => [d.id, d.title, d.claims > 0])).toEqual([
      ["utf16be.md", "In UTF-16", true],
      ["utf16le.md", "In UTF-16", true],
    ]);
  });

  it("skips a file over the size limit, 5 MB by default, --max-file-size to change it", async () => {
    const dir = tempDir();
    cpSync(fixture("encodings/ok.md"), join(dir, "ok.md"));
    writeFileSync(join(dir, "huge.md"), `# Huge\n\n${"All work and no play. ".repeat(260_000)}\n`);
    const size = readFileSync(join(dir, "huge.md")).length;
    expect(size).toBeGreaterThan(5 * 1024 * 1024);
    const r = await run(["--corpus", dir, "sources", "--json"]);
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual([`huge.md: error: file of ${size} bytes is over the 5242880-byte limit (skipped; --max-file-size to raise it)`]);
    expect((JSON.parse(r.stdout) as Array<{ id: string }>).map((d) => d.id)).toEqual(["ok.md"]);

    const small = await run(["--corpus", fixture("encodings"), "--max-file-size", "300", "check"]);
    expect(small.stdout).toMatch(/^ok\.md: error: file of \d+ bytes is over the 300-byte limit/m);
    expect(small.code).toBe(1);

    const bad = await run(["--corpus", dir, "--max-file-size", "5MB", "list"]);
    expect(bad).toEqual({ code: 2, stdout: "", stderr: 'summits: --max-file-size: expected a positive number of bytes, got "5MB"\n' });
  });
});
