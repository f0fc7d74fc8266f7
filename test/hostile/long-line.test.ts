// Finding 3 of issue 11: a long line made extraction quadratic. For every name
// candidate, people.ts re-read the whole line around it (to see whether the
// line is a title-case headline); a 551 KB line without newlines took 13.9 s,
// 1.3 s with its newlines, and a 5 MB one did not finish in 10 minutes. The
// test counts work instead of timing it: the characters handed to
// String.prototype.split while extractDocument runs, which is how that code
// re-read the line. The same text as one line and as many lines must cost
// about the same, and both no more than a small multiple of the text.

import { afterEach, describe, expect, it, vi } from "vitest";
import { extractDocument } from "../../src/extract/document.js";
import { gaz } from "../helpers.js";
import { extractionViolations } from "../property/extraction.js";

// Names without a title before them: whether they are people is what the headline test decides.
const SENTENCES = [
  "Joe Biden met Vladimir Putin in Geneva on June 16, 2021, and the talks went on for hours.",
  "Later that day Antony Blinken said Sergei Lavrov had agreed to talk again.",
  "\"It was constructive,\" Vladimir Putin told reporters after the meeting.",
  "On Tuesday Olaf Scholz spoke by phone with Emmanuel Macron about the summit.",
  "In Kazan Narendra Modi held talks with Xi Jinping, officials said.",
];

/** Characters passed to split() while `work` runs. */
function splitWork(work: () => void): number {
  let chars = 0;
  const split = String.prototype.split;
  vi.spyOn(String.prototype, "split").mockImplementation(function (this: string, ...args: unknown[]) {
    chars += this.length;
    return (split as (...a: unknown[]) => string[]).apply(this, args);
  });
  try {
    work();
  } finally {
    vi.restoreAllMocks();
  }
  return chars;
}

afterEach(() => vi.restoreAllMocks());

describe("a long line (finding 3)", () => {
  it("costs what the same text costs in lines, and a small multiple of its length", () => {
    // About 46 KB and 960 names: the old code split the whole line once per candidate, ~100 MB of splitting.
    const sentences = Array.from({ length: 600 }, (_, i) => SENTENCES[i % SENTENCES.length] as string);
    const inLines = sentences.join("\n");
    const oneLine = sentences.join(" ");
    gaz();
    const extract = (body: string) => () => {
      const x = extractDocument({ body, published: "2021-06-20" }, gaz());
      expect(x.people.length).toBeGreaterThan(900);
      expect(extractionViolations(body, x)).toEqual([]);
    };
    const lines = splitWork(extract(inLines));
    const line = splitWork(extract(oneLine));
    expect(line).toBeLessThan(3 * lines + 10_000);
    expect(line).toBeLessThan(10 * oneLine.length);
  });
});
