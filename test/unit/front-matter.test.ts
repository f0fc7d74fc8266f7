import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/corpus/front-matter.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { BUILTIN } from "../helpers.js";
import { tempDir } from "../temp.js";

describe("front matter", () => {
  it("keeps dates as strings and the body byte-exact", () => {
    const r = splitFrontMatter("---\ntitle: A\npublished: 2021-06-16\n---\nBody line one.\nTwo.");
    expect(r.data["published"]).toBe("2021-06-16");
    expect(r.body).toBe("Body line one.\nTwo.");
  });

  it("never runs JavaScript front matter", () => {
    const dir = tempDir("summits-js-");
    const marker = join(dir, "ran");
    const r = splitFrontMatter(`---js\n{ title: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }\n---\nPresident Biden met President Putin.`);
    expect(existsSync(marker)).toBe(false);
    expect(r.problems[0]?.message).toMatch(/JavaScript front matter is not supported/);
    expect(r.body).toBe("President Biden met President Putin.");
  });

  it("reports a bad field as file: field: problem and keeps the rest", () => {
    const dir = tempDir("summits-bad-");
    writeFileSync(join(dir, "a.md"), "---\ntitle: Fine\npublished: yesterday\n---\nText.");
    writeFileSync(join(dir, "b.txt"), "A plain headline\n\nBody.");
    const { articles, problems } = loadCorpus(dir);
    expect(articles.map((a) => [a.id, a.title, a.published])).toEqual([["a.md", "Fine", null], ["b.txt", "A plain headline", null]]);
    expect(problems).toEqual([expect.objectContaining({ file: "a.md", field: "published", message: expect.stringMatching(/^published: expected a date/) })]);
  });

  it("loads the built-in corpus with its metadata and the seed texts verbatim", () => {
    const { articles, problems } = loadCorpus(BUILTIN);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.published)).toEqual([null, "2021-12-06", "2021-06-16", null]);
    const seedPath = join(BUILTIN, "..", "..", "shared", "seeds", "002-geneva-summit-live.txt");
    expect(articles[2]?.body).toBe(readFileSync(seedPath, "utf8"));
  });
});

describe("published dates as publishers write them", () => {
  it("accepts an ISO timestamp or a written date, and a date line atop a plain-text article", async () => {
    const dir = tempDir("summits-dates-");
    writeFileSync(join(dir, "a.md"), "---\ntitle: A\npublished: 2025-08-16T09:30:00Z\n---\nText.");
    writeFileSync(join(dir, "b.md"), "---\ntitle: B\npublished: \"August 16, 2025\"\n---\nText.");
    writeFileSync(join(dir, "c.txt"), "A headline\nPublished June 16, 2021\n\nPresident Biden met President Putin on Wednesday.");
    writeFileSync(join(dir, "d.txt"), "A headline\n\nPresident Biden met President Putin on Wednesday.");
    const { articles, problems } = loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.published)).toEqual(["2025-08-16", "2025-08-16", "2021-06-16", null]);
  });
});
