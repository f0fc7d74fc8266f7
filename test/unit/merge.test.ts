import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { extractDocument } from "../../src/extract/document.js";
import type { Article } from "../../src/corpus/load.js";
import { gaz } from "../helpers.js";

function index(docs: Array<[string, string | null, string]>) {
  const articles: Article[] = docs.map(([id, published, body]) => ({
    id, path: id, title: id, publisher: null, published, url: null, kind: null, body, bodyLine: 1, hash: id, corrections: [],
  }));
  const extractions = new Map(articles.map((a) => [a.id, extractDocument({ body: a.body, published: a.published }, gaz())]));
  return buildIndex({ articles, extractions, problems: [] });
}

describe("one record per real encounter", () => {
  it("merges two reports of one summit and keeps the more precise date and every source", () => {
    const idx = index([
      ["a.md", null, "Later that year, in June 2021, President Biden and President Putin met in person in Geneva, Switzerland."],
      ["b.md", "2021-06-16", "President Biden met with Russian President Vladimir Putin in Geneva on Wednesday."],
    ]);
    expect(idx.encounters).toHaveLength(1);
    expect(idx.encounters[0]).toMatchObject({ id: "geneva-2021", date: "2021-06-16" });
    expect(idx.encounters[0]?.sources.map((s) => s.document)).toEqual(["a.md", "b.md"]);
  });

  it("never merges different encounters that share a place or a month", () => {
    const idx = index([
      ["a.md", "2022-01-22", "Deputy Secretary of State Wendy Sherman met Deputy Foreign Minister Sergei Ryabkov in Geneva on January 10, 2022. Secretary of State Antony Blinken met Foreign Minister Sergei Lavrov in Geneva on January 21, 2022."],
      ["b.md", "2021-12-31", "President Joe Biden spoke by phone with President Vladimir Putin on December 30, 2021. President Biden held a video call with President Putin on December 7, 2021."],
    ]);
    const ids = idx.encounters.map((e) => e.id);
    expect(ids).toHaveLength(4);
    expect(ids).toEqual(expect.arrayContaining(["geneva-2022", "geneva-2022-2"]));
  });

  it("folds back-references into the encounter they refer to", () => {
    const idx = index([["a.md", "2018-07-17", "President Donald Trump met President Vladimir Putin in Helsinki, Finland, on July 16, 2018. The Helsinki summit drew criticism. Trump praised the talks."]]);
    expect(idx.encounters).toHaveLength(1);
    expect(idx.encounters[0]?.sources).toHaveLength(1);
  });
});

describe("one gathering, however it is written", () => {
  it("gives the same key to the spellings of an event", async () => {
    const { eventKey } = await import("../../src/extract/places.js");
    expect(new Set(["G20 Summit", "the G-20 summit", "Group of 20 summit", "G20"].map(eventKey)).size).toBe(1);
    expect(eventKey("Asia-Pacific Economic Cooperation summit")).toBe(eventKey("APEC Summit"));
    expect(eventKey("G7")).not.toBe(eventKey("G20 Summit"));
  });
});
