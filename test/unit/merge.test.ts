import { describe, expect, it } from "vitest";
import { buildIndex } from "../../src/index/build.js";
import { mergeEncounters } from "../../src/resolve/merge.js";
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

describe("merging many reports of one pair", () => {
  // Counted, not timed: the comparisons a merge makes, for 1,000 and 4,000 reports of the same two people.
  const reports = (n: number) => Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2000, 0, 1) + (i % Math.ceil(n / 2)) * 3 * 86_400_000).toISOString().slice(0, 10);
    const date = i % 10 === 9 ? day.slice(0, 7) : day;
    const candidate = {
      kind: i % 3 === 0 ? "call" : "meeting", status: "held", date, dateText: null, event: null, reference: false, sentence: 0, whereabouts: [], topics: [],
      place: i % 3 === 0 ? null : { start: 0, end: 6, text: "Geneva", city: "Geneva", region: null, country: "Switzerland", venue: null, prep: "in" },
      participants: [], evidence: { start: 0, end: 10 },
    } as const;
    return { id: `r${i}.md`, sightings: [{ document: `r${i}.md`, candidate, people: ["a", "b"] }] };
  });
  const comparisons = (n: number) => {
    let count = 0;
    const merged = mergeEncounters(reports(n) as unknown as Parameters<typeof mergeEncounters>[0], () => count++);
    return { count, merged: merged.length };
  };

  it("grows in proportion to the reports, not their square", () => {
    const small = comparisons(1000);
    const large = comparisons(4000);
    expect(large.merged).toBeGreaterThan(3 * small.merged);
    expect(large.count).toBeLessThanOrEqual(5 * Math.max(small.count, 1000));
  });
});
