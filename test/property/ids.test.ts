// Property tests for ids: typable (lowercase ASCII words joined by single
// hyphens), unique, and independent of the order records arrive in.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { slugify } from "../../src/extract/text.js";
import { assignIds } from "../../src/index/ids.js";

const RUN = { seed: 42, numRuns: 500 } as const;
const TYPABLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("slugify (property)", () => {
  it("gives a typable slug, or nothing when the text has no letter or digit it can spell", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const slug = slugify(s);
        if (slug !== "") expect(slug).toMatch(TYPABLE);
        if (/[A-Za-z0-9]/.test(s)) expect(slug).not.toBe("");
        expect(slugify(slug)).toBe(slug);
      }),
      RUN,
    );
  });

  it("folds accents: a name and its unaccented spelling share a slug", () => {
    fc.assert(
      fc.property(fc.constantFrom("Zelenskyy", "Erdoğan", "Macrón", "Lula da Silva", "Łukaszenka", "Ngô Đình"), (name) => {
        expect(slugify(name)).toBe(slugify(name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "")));
      }),
      RUN,
    );
  });
});

interface Rec {
  readonly key: number;
  readonly base: string;
}

// Bases that collide with each other and with the suffixes assignIds makes (geneva-2021, geneva-2021-2 …).
const base = fc.oneof(
  fc.constantFrom("geneva-2021", "geneva-2021-2", "geneva-2021-3", "geneva", "geneva-2", "biden-putin-call-2021-12-30", "a", "a-2"),
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }).map(slugify).filter((s) => s !== ""),
);
const records = fc.uniqueArray(fc.record({ key: fc.nat(10_000), base }), { selector: (r) => r.key, maxLength: 30 });
const byKey = (a: Rec, b: Rec) => a.key - b.key;

describe("assignIds (property)", () => {
  it("gives every record a typable id, unique across all records", () => {
    fc.assert(
      fc.property(records, (list) => {
        const ids = assignIds(list, (r) => r.base, byKey);
        const values = list.map((r) => ids.get(r));
        for (const id of values) expect(id).toMatch(TYPABLE);
        expect(new Set(values).size).toBe(list.length);
      }),
      RUN,
    );
  });

  it("is stable: the same records in any order get the same ids", () => {
    fc.assert(
      fc.property(records.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))), ([list, shuffled]) => {
        const a = assignIds(list, (r) => r.base, byKey);
        const b = assignIds(shuffled, (r) => r.base, byKey);
        for (const r of list) expect(b.get(r)).toBe(a.get(r));
      }),
      RUN,
    );
  });

  it("leaves a record whose base is unique with its base", () => {
    fc.assert(
      fc.property(records, (list) => {
        const ids = assignIds(list, (r) => r.base, byKey);
        for (const r of list) if (list.filter((x) => x.base === r.base).length === 1) expect(ids.get(r)).toBe(r.base);
      }),
      RUN,
    );
  });
});
