// Property test for the question parser: no string, however odd, makes it
// throw; it answers or says it cannot understand.

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
        expect(a.count).toBe(a.results.items.length);
      }),
      RUN,
    );
  });

  it("never throw on question-like strings, and answer 'unknown' only when nothing is named", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: "grapheme", maxLength: 5 })), { maxLength: 12 }).map((w) => w.join(" ")), (q) => {
        const a = ask(index, q);
        if (a.understood.intent === "unknown") expect(a.understood.people.length + a.understood.places.length + (a.understood.encounter ? 1 : 0)).toBe(0);
      }),
      RUN,
    );
  });
});
