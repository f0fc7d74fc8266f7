// Property test for the loader: random bytes and random Markdown never make
// readArticle throw; it returns an article or problems saying why not.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readArticle } from "../../src/corpus/load.js";

const RUN = { seed: 42, numRuns: 500 } as const;
const file = (id: string, size: number) => ({ id, path: `/nonexistent/${id}`, size, mtimeMs: 0 });

const LINES = [
  "---", "---js", "---JS", "---yaml", "--- toml", "+++", "title: x", "title: [a, b]", "published: 2021-06-16", "published: yesterday",
  "kind: news", "kind: 3", "url: javascript:alert(1)", "corrections:", "  - a", "\t- tab", "a: &a [1, 2]", "b: [*a, *a]", "c: *z",
  "!!js/function 'function () {}'", "'unclosed", "\"unclosed", "# Heading", "", "\r", "Joe Biden met Vladimir Putin in Geneva on June 16, 2021.",
  "\"We talked,\" Putin said.", "\u001b[2J", "\uFEFF", "\u0000",
];
const markdown = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ unit: "binary", maxLength: 30 })), { maxLength: 25 })
  .chain((lines) => fc.constantFrom("\n", "\r\n").map((eol) => lines.join(eol)));

function checkResult(r: ReturnType<typeof readArticle>, id: string): void {
  for (const p of r.problems) {
    expect(p.file).toBe(id);
    expect(["error", "warning"]).toContain(p.severity);
    expect(p.message).not.toMatch(/\n/);
  }
  if (r.article) {
    expect(typeof r.article.body).toBe("string");
    expect(r.article.title.length).toBeGreaterThan(0);
  } else {
    expect(r.problems.some((p) => p.severity === "error")).toBe(true);
  }
}

describe("readArticle (property)", () => {
  it("never throws on random bytes, as .md or .txt", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom("a.md", "a.txt"), (bytes, id) => {
        checkResult(readArticle(file(id, bytes.length), Buffer.from(bytes)), id);
      }),
      RUN,
    );
  });

  it("never throws on random Markdown with front matter, in UTF-8 or UTF-16", () => {
    fc.assert(
      fc.property(markdown, fc.constantFrom("utf8", "utf16le", "bom"), (text, encoding) => {
        const bytes = encoding === "utf8" ? Buffer.from(text) : encoding === "bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
        const r = readArticle(file("a.md", bytes.length), bytes);
        checkResult(r, "a.md");
      }),
      RUN,
    );
  });

  it("never runs JavaScript front matter, whatever surrounds it", () => {
    fc.assert(
      fc.property(markdown, fc.constantFrom("js", "JS", "javascript", "Javascript"), (rest, lang) => {
        const text = `---${lang}\n{ title: (globalThis.__summitsRan = true, "x") }\n---\n${rest}`;
        readArticle(file("a.md", text.length), Buffer.from(text));
        expect((globalThis as Record<string, unknown>)["__summitsRan"]).toBeUndefined();
      }),
      RUN,
    );
  });
});
