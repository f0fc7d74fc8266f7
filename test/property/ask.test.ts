// Property test for the question parser: no string, however odd, makes it
// throw; it answers or says it cannot understand, and it never answers a
// question with a word it could not account for.

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Index } from "../../src/index/build.js";
import { openIndex } from "../../src/index/open.js";
import { builtinCorpus } from "../../src/cli/options.js";
import { ask, understand } from "../../src/query/ask.js";

const RUN = { seed: 42, numRuns: 300 } as const;
const WORDS = ["when", "where", "who", "did", "Biden", "Putin", "Putn", "Geneve", "meet", "attended", "say", "how many", "times", "2021", "geneva-2021", "calls", "video", "'s", "?", "—"];

let index: Index;
beforeAll(async () => {
  index = await openIndex({ corpus: builtinCorpus(), cache: false, cacheDir: "/nonexistent" });
});

describe("ask and understand (property)", () => {
  it("never throw on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 120 }), (q) => {
        const u = understand(index, q);
        expect(u.intent).toBeTypeOf("string");
        const a = ask(index, q);
        // The count leaves disputed records out; it never counts more than the results hold.
        expect(a.count).toBeLessThanOrEqual(a.results.items.length);
      }),
      RUN,
    );
  });

  it("never throw on question-like strings, and decline exactly when a word is unknown or nothing is named", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "grapheme", maxLength: 5 })), { maxLength: 12 }).map((w) => w.join(" ")), (q) => {
        const a = ask(index, q);
        const u = a.understood;
        const named = u.people.length + u.places.length + (u.encounter ? 1 : 0) + (u.range ? 1 : 0);
        if (u.intent === "unknown") {
          expect(u.unknown.length > 0 || named === 0).toBe(true);
          expect(a.results.items).toHaveLength(0);
        } else expect(u.unknown).toEqual([]);
      }),
      RUN,
    );
  });
});
