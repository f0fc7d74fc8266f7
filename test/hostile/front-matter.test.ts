// Cases 1–4 of issue 5: front matter that tries to run code, does not parse,
// expands exponentially, or holds the wrong types.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/corpus/load.js";
import { fixture, problemLines, run, spawnCli, tempDir } from "./helpers.js";

const sources = async (dir: string) => {
  const r = await run(["--corpus", dir, "sources", "--json"]);
  return { ...r, docs: JSON.parse(r.stdout) as Array<{ id: string; title: string; claims: number; people: number; publisher: string | null; published: string | null }> };
};

describe("JavaScript front matter (case 1)", () => {
  it("is never executed, is reported, and the body is still indexed", () => {
    const marker = join(tempDir(), "front-matter-ran");
    // A real process: eval would run with its environment and file system.
    const r = spawnCli(["--corpus", fixture("js-front-matter"), "sources", "--json"], { env: { ...process.env, SUMMITS_MARKER: marker } });
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr).sort()).toEqual([
      "javascript.md:1: error: JavaScript front matter is not supported (never executed)",
      "js.md:1: error: JavaScript front matter is not supported (never executed)",
      "upper-js.md:1: error: JavaScript front matter is not supported (never executed)",
    ]);
    const docs = JSON.parse(r.stdout) as Array<{ id: string; title: string; claims: number }>;
    expect(docs.map((d) => d.id)).toEqual(["javascript.md", "js.md", "ok.md", "upper-js.md"]);
    for (const d of docs) {
      expect(d.title).not.toBe("pwned");
      expect(d.claims).toBeGreaterThan(0);
    }
  });

  it("is refused even when the loader is called directly", () => {
    const path = fixture("js-front-matter/upper-js.md");
    const { article, problems } = readArticle({ id: "upper-js.md", path, size: 0, mtimeMs: 0 });
    expect(problems.map((p) => p.message)).toEqual(["JavaScript front matter is not supported (never executed)"]);
    expect(article?.body).toContain("Xi Jinping");
    expect(article?.body).not.toContain("writeFileSync");
  });
});

describe("invalid YAML (case 2)", () => {
  it("names the file and the real line, and loads the article body-only", async () => {
    const { code, stderr, docs } = await sources(fixture("invalid-yaml"));
    expect(code).toBe(0);
    expect(problemLines(stderr)).toEqual([
      "tab-indent.md:5: error: invalid YAML front matter: Tabs are not allowed as indentation",
      "unclosed-quote.md:3: error: invalid YAML front matter: Missing closing \"quote",
    ]);
    // Line 5 and line 3 are the offending lines of the files themselves.
    expect(readFileSync(fixture("invalid-yaml/tab-indent.md"), "utf8").split("\n")[4]).toMatch(/^\t/);
    expect(readFileSync(fixture("invalid-yaml/unclosed-quote.md"), "utf8").split("\n")[2]).toBe('publisher: "Lakeside Review');
    expect(docs.map((d) => [d.id, d.publisher, d.claims > 0])).toEqual([
      ["ok.md", "The Capital Ledger", true],
      ["tab-indent.md", null, true],
      ["unclosed-quote.md", null, true],
    ]);
  });
});

describe("YAML alias bomb (case 3)", () => {
  it("is rejected with a message, and the body still loads", async () => {
    const { code, stderr, docs } = await sources(fixture("alias-bomb"));
    expect(code).toBe(0);
    expect(problemLines(stderr)).toEqual([
      'bomb.md:1: error: invalid YAML front matter: too many aliases (over 50 expansions, a "billion laughs" attack?); rejected',
    ]);
    expect(docs.find((d) => d.id === "bomb.md")?.claims).toBeGreaterThan(0);
  }, 20_000);

  it("is bounded by maxAliasCount at every size, not only the fixture's", () => {
    // 9^12 leaves if expanded: only a cap on alias resolution keeps this finite.
    const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 12; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]`);
    const text = `---\n${levels.join("\n")}\ncorrections: *a12\n---\nBody text.\n`;
    const { article, problems } = readArticle({ id: "big.md", path: "big.md", size: text.length, mtimeMs: 0 }, Buffer.from(text));
    expect(problems[0]?.message).toMatch(/too many aliases/);
    expect(article?.corrections).toEqual([]);
    expect(article?.body).toBe("Body text.\n");
  }, 20_000);
});

describe("wrong types in front matter (case 4)", () => {
  it("warns per field, on the field's line, and keeps the rest", async () => {
    const { code, stderr, docs } = await sources(fixture("wrong-types"));
    expect(code).toBe(0);
    expect(problemLines(stderr)).toEqual([
      "wrong-types.md:2: warning: title: Invalid input: expected string, received array",
      "wrong-types.md:4: warning: published: expected a date as YYYY-MM-DD",
    ]);
    const doc = docs.find((d) => d.id === "wrong-types.md");
    expect(doc).toMatchObject({ publisher: "Lakeside Review", published: null });
    expect(doc?.title).toMatch(/^President Joe Biden met/);
    expect(doc?.claims).toBeGreaterThan(0);
  });
});
