import { describe, expect, it } from "vitest";
import { findPeople } from "../../src/extract/people.js";
import { resolvePeople } from "../../src/resolve/people.js";
import { gaz } from "../helpers.js";

const people = (body: string) => findPeople(body, gaz()).map((p) => [p.name, p.role, p.side]);

describe("person mentions", () => {
  it("reads role and side from the words before a name", () => {
    expect(people("Russian Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov arrived.")).toEqual([
      ["Sergei Lavrov", "Foreign Minister", "Russia"],
      ["Dmitry Peskov", "Kremlin spokesman", "Russia"],
    ]);
    expect(people("U.S. Secretary of State Antony Blinken said so.")).toEqual([["Antony Blinken", "Secretary of State", "United States"]]);
  });

  it("takes the first of two nationality words before a title as the side (this once looped for ever)", () => {
    expect(people("A ceasefire was mediated by the U.S. Indian Foreign Secretary Vikram Misri later confirms it.")).toContainEqual(["Vikram Misri", expect.any(String), "United States"]);
  });

  it("does not take headings, institutions or photographers for people", () => {
    const found = people("When Have Biden and Putin Actually Spoken?\nThe White House said the Lake Geneva venue was ready. (Photo by Daniel Torok/Getty Images)\nPresident Biden left.");
    expect(found.map(([n]) => n)).not.toEqual(expect.arrayContaining(["Putin Actually Spoken"]));
    expect(found.map(([n]) => n)).not.toContain("Daniel Torok");
    expect(found.map(([n]) => n)).not.toContain("White House");
    expect(found.map(([n]) => n)).toContain("Biden");
  });
});

describe("resolving people across documents", () => {
  const resolve = (docs: Record<string, string>) => {
    const input = Object.entries(docs).map(([id, body]) => ({ id, people: findPeople(body, gaz()) }));
    const r = resolvePeople(input);
    return { names: r.people.map((p) => p.name).sort(), r, input };
  };

  it("merges nicknames, transliterations and bare surnames into one person", () => {
    const { names } = resolve({
      a: "Secretary of State Tony Blinken and Russian Foreign Minister Sergei Lavrov met.",
      b: "Secretary of State Antony Blinken spoke with Foreign Minister Sergey Lavrov. Later Blinken left.",
      c: "Secretary of State Antony Blinken arrived.",
    });
    expect(names).toEqual(["Antony Blinken", "Sergei Lavrov"]);
  });

  it("keeps two people with one surname apart, and leaves a bare ambiguous surname unresolved", () => {
    const { names, r, input } = resolve({
      a: "National security adviser Jake Sullivan and U.S. Ambassador to Russia John Sullivan attended. President Sullivan spoke.",
    });
    expect(names).toEqual(expect.arrayContaining(["Jake Sullivan", "John Sullivan"]));
    const bare = input[0]?.people.find((p) => p.name === "Sullivan");
    expect(bare).toBeDefined();
    expect(r.personOf("a", bare!)).toBeUndefined();
  });
});
