import { describe, expect, it } from "vitest";
import { compile, matchAll, PatternError, type MatchStats, type Unit, type UnitType } from "../../src/extract/match/engine.js";
import { buildMacros } from "../../src/extract/rules/macros.js";

const macros = buildMacros();
/** "[PERSON:Ann] met [PERSON:Bo]": words, and bracketed mentions that stand as one unit. */
const units = (spec: string): Unit[] => spec.split(" ").map((w, index) => {
  const m = /^\[([A-Z]+):(.+)\]$/.exec(w);
  return m ? { type: m[1] as UnitType, key: (m[2] as string).toLowerCase(), start: index, end: index + 1, index, ref: { name: m[2], plural: m[2] === "they" } }
    : { type: "WORD", key: w, start: index, end: index + 1, index };
});
const first = (pattern: string, spec: string) => {
  const m = matchAll(compile(pattern, macros), units(spec))[0];
  return m ? Object.fromEntries([...m.captures].map(([k, v]) => [k, v.map((u) => u.key).join(" ")])) : null;
};

describe("the pattern matcher", () => {
  it("matches words, macros, unit types and optional elements, and captures them", () => {
    expect(first("A=PERSON T=@meet_verb with? B=PERSON", "[PERSON:Ann] met with [PERSON:Bo]")).toEqual({ A: "ann", T: "met", B: "bo" });
    expect(first("A=PERSON T=@meet_verb with? B=PERSON", "[PERSON:Ann] met [PERSON:Bo]")).toEqual({ A: "ann", T: "met", B: "bo" });
    expect(first("A=PERSON T=@meet_verb B=PERSON", "[PERSON:Ann] greeted [PERSON:Bo]")).toBeNull();
  });

  it("reads a list of people as one element: commas, 'and', a group and a parenthetical between", () => {
    expect(first("A=PEOPLE2 T=met", "[PERSON:Ann] , [PERSON:Bo] and [PERSON:Cy] met")).toEqual({ A: "ann , bo and cy", T: "met" });
    expect(first("A=PEOPLE T=met with B=PEOPLE", "[PERSON:Ann] and several other [ROLE:leaders] met with [PERSON:Bo]")?.B).toBe("bo");
    expect(first("T=talks between B=PEOPLE2", "talks between [NAME:Ann] , claiming to represent the ministry , and [PERSON:Bo]")?.B).toContain("bo");
    expect(first("A=PEOPLE2 T=met", "[PERSON:Ann] met")).toBeNull();
    // A plural pronoun stands for two people.
    expect(first("A=PEOPLE2 T=met", "[PRON:they] met")).toEqual({ A: "they", T: "met" });
  });

  it("lets a gap cover words but never a person or the end of a clause", () => {
    expect(first("A=PERSON ~{0,4} T=met B=PERSON", "[PERSON:Ann] later that day met [PERSON:Bo]")?.T).toBe("met");
    expect(first("A=PERSON ~{0,4} T=met B=PERSON", "[PERSON:Ann] said [PERSON:Cy] met [PERSON:Bo]")?.A).toBe("cy");
    expect(first("A=PERSON ~{0,4} T=met B=PERSON", "[PERSON:Ann] left ; then met [PERSON:Bo]")).toBeNull();
    expect(first("A=PERSON ~~{0,4} T=met B=PERSON", "[PERSON:Ann] and [PERSON:Cy] met [PERSON:Bo]")?.A).toBe("ann");
  });

  it("backtracks into a group's alternatives when what follows fails", () => {
    expect(first("A=PERSON T=met ( in|at ~{0,4} ,? )? with B=PERSON", "[PERSON:Ann] met in [PLACE:Rome] with [PERSON:Bo]")).toEqual({ A: "ann", T: "met", B: "bo" });
    expect(first("( T=met | T=talks ) B=PERSON", "talks [PERSON:Bo]")).toEqual({ T: "talks", B: "bo" });
  });

  it("anchors `^` at the start of a sentence or after a colon", () => {
    expect(first("^ A=PERSON T=met", "[PERSON:Ann] met")).not.toBeNull();
    expect(first("^ A=PERSON T=met", "caption : [PERSON:Ann] met")).not.toBeNull();
    expect(first("^ A=PERSON T=met", "then [PERSON:Ann] met")).toBeNull();
  });

  it("rejects a pattern it cannot read, naming it", () => {
    expect(() => compile("A=PERSON T=@no_such_macro", macros)).toThrow(PatternError);
    expect(() => compile("A=PERSON ~{3,1}", macros)).toThrow(/bad quantifier/);
    expect(() => compile("( A=PERSON", macros)).toThrow(/unclosed/);
    expect(() => compile("A=PERSON ) B=PERSON", macros)).toThrow(/unexpected/);
  });

  it("takes steps in proportion to the sentence, however long (no backtracking blow-up)", () => {
    const pattern = compile("A=PEOPLE ~{1,36} @around (@hold_verb|@det|~){0,5} T=@meeting_noun ~{0,4} with B=PEOPLE", macros);
    const sentence = (n: number) => units(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? "[PERSON:X]" : i % 5 === 0 ? "after" : i % 11 === 0 ? "meeting" : "word")).join(" "));
    const steps = (n: number) => {
      const stats: MatchStats = { steps: 0 };
      matchAll(pattern, sentence(n), stats);
      return stats.steps;
    };
    const small = steps(400);
    const large = steps(1600);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(4.5);
  });
});
