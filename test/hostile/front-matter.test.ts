// Cases 1–4 of issue 5: front matter that tries to run code, does not parse,
// expands exponentially, or holds the wrong types.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
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
  });

  it("is bounded by maxAliasCount at every size, not only the fixture's", () => {
    // 9^12 leaves if expanded: only a cap on alias resolution keeps this finite.
    const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 12; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]`);
    const text = `---\n${levels.join("\n")}\ncorrections: *a12\n---\nBody text.\n`;
    const { article, problems } = readArticle({ id: "big.md", path: "big.md", size: text.length, mtimeMs: 0 }, Buffer.from(text));
    expect(problems[0]?.message).toMatch(/too many aliases/);
    expect(article?.corrections).toEqual([]);
    expect(article?.body).toBe("Body text.\n");
  });
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

describe("the opening fence, by one strict rule (finding 5 of issue 11)", () => {
  const split = (text: string) => readArticle({ id: "a.md", path: "a.md", size: text.length, mtimeMs: 0 }, Buffer.from(text));

  it("a language is read only after spaces or tabs: any other white space makes the line no fence", () => {
    // Every Unicode white space and the invisible separators: gray-matter trimmed them away and read "json" or "constructor".
    const separators = [..."\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u000b\u000c\u0085"];
    for (const sep of separators) {
      for (const language of ["json", "js", "constructor", "__proto__", "toString", "yaml"]) {
        const text = `---${sep}${language}\n{"title": "Pwned", "kind": "news"}\n---\nPresident Joe Biden met President Xi Jinping in Bali.\n`;
        const { article, problems } = split(text);
        const code = `U+${(sep.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
        expect(problems.map((p) => [p.line, p.severity, p.message])).toEqual([[1, "error", `front matter not read: its first line must be "---" alone, or "---" and a language name; found "---${code}${language}"`]]);
        expect(article?.title).not.toBe("Pwned");
        expect(article?.body).toBe("President Joe Biden met President Xi Jinping in Bali.\n");
      }
    }
  });

  it("spaces and tabs around a language are the fence; an unknown language or a missing closing line is reported", () => {
    const body = "President Joe Biden met President Xi Jinping in Bali.\n";
    expect(split(`--- \tyaml \ntitle: Fine\n---\n${body}`).article?.title).toBe("Fine");
    expect(split(`---\r\ntitle: Fine\r\n---  \r\n${body}`).article).toMatchObject({ title: "Fine", body });
    expect(split(`--- json\n{"title": "Pwned"}\n---\n${body}`).problems.map((p) => p.message)).toEqual(['front matter language "json" is not supported']);
    expect(split(`---constructor\ntitle: x\n---\n${body}`).problems.map((p) => p.message)).toEqual(['front matter language "constructor" is not supported']);
    const unclosed = split(`---\ntitle: Never closed\n${body}`);
    expect(unclosed.problems.map((p) => p.message)).toEqual(['front matter not read: no closing "---" line (the whole file is read as article text)']);
    expect(unclosed.article?.body).toBe(`---\ntitle: Never closed\n${body}`);
    // A Markdown rule on top is no fence at all.
    expect(split(`----\n${body}`)).toMatchObject({ problems: [], article: { body: `----\n${body}` } });
  });

  it("a corpus of such files loads in full, as a real process, with one line per file", () => {
    const dir = tempDir();
    for (const [name, first] of [["nbsp-json.md", "---\u00a0json"], ["nbsp-constructor.md", "---\u00a0constructor"], ["ideographic-js.md", "---\u3000js"]] as Array<[string, string]>) {
      writeFileSync(join(dir, name), `${first}\n${"{\"title\": \"Pwned\"}\n".repeat(3)}---\nPresident Joe Biden met Chinese President Xi Jinping in Bali on Monday, November 14, 2022.\n`);
    }
    const r = spawnCli(["--corpus", dir, "sources", "--json"]);
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual([
      'ideographic-js.md:1: error: front matter not read: its first line must be "---" alone, or "---" and a language name; found "---U+3000js"',
      'nbsp-constructor.md:1: error: front matter not read: its first line must be "---" alone, or "---" and a language name; found "---U+00A0constructor"',
      'nbsp-json.md:1: error: front matter not read: its first line must be "---" alone, or "---" and a language name; found "---U+00A0json"',
    ]);
    expect((JSON.parse(r.stdout) as Array<{ title: string }>).map((d) => d.title).includes("Pwned")).toBe(false);
  });
});

describe("the YAML library's warnings (finding 2 of issue 11)", () => {
  it("are problems on the file's line, one line each, never the library's own multi-line print", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "tagged.md"), `---\ntitle: Tagged\npublisher: !!foo "Evil\u001b[2J\u001b]0;owned\u0007 Press"\nkind: !<tag:x\u202e> news\n---\nPresident Joe Biden met Chinese President Xi Jinping in Bali on Monday, November 14, 2022.\n`);
    writeFileSync(join(dir, "curation.yaml"), `- document: tagged.md\n  dispute: !!bar {encounter: bali-2022, note: "checked"}\n`);
    for (const args of [["check"], ["sources", "--json"]]) {
      const r = spawnCli(["--corpus", dir, ...args]);
      expect(r.stderr).not.toMatch(/YAMLWarning|\^\^\^|\u001b|\u202e/);
      const lines = problemLines(args[0] === "check" ? r.stdout : r.stderr);
      expect(lines).toEqual([
        "curation.yaml:2: warning: YAML: Unresolved tag: tag:yaml.org,2002:bar",
        "tagged.md:3: warning: YAML front matter: Unresolved tag: tag:yaml.org,2002:foo",
        "tagged.md:4: warning: YAML front matter: Unresolved tag: tag:x\\u{202e}",
      ]);
    }
    const check = spawnCli(["--corpus", dir, "check"]);
    expect(check.code).toBe(0);
    expect(check.stderr).toBe("summits: checked 1 article: 0 errors, 3 warnings (ok)\n");
  });
});
