// The pieces of the query stage that are not questions: typo distance,
// --json field lists in argv, and --sort/--reverse/--limit.

import { describe, expect, it } from "vitest";
import { splitJsonFields } from "../../src/cli/argv.js";
import { isCalendarDate } from "../../src/query/filters.js";
import { editDistance, isTypoOf, typoBudget } from "../../src/query/fuzzy.js";
import { applyListing, parseListing } from "../../src/query/listing.js";

describe("spelling mistakes", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours as one edit each", () => {
    expect(editDistance("putin", "putin")).toBe(0);
    expect(editDistance("putn", "putin")).toBe(1);
    expect(editDistance("geneve", "geneva")).toBe(1);
    expect(editDistance("zelenskky", "zelenskyy")).toBe(1);
    expect(editDistance("ptuin", "putin")).toBe(1);
    expect(editDistance("ankorage", "anchorage")).toBe(2);
    expect(editDistance("france", "vance")).toBe(2);
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
  });

  it("allows one mistake in four to seven letters, two from eight, none below four", () => {
    expect([3, 4, 7, 8, 12].map(typoBudget)).toEqual([0, 1, 1, 2, 2]);
    expect(isTypoOf("putn", "putin")).toBe(true);
    expect(isTypoOf("france", "vance")).toBe(false);
    expect(isTypoOf("xi", "li")).toBe(false);
    expect(isTypoOf("ankorage", "anchorage")).toBe(true);
  });
});

describe("calendar dates", () => {
  it("knows month lengths and leap years", () => {
    expect(["2021", "2021-02", "2021-02-28", "2024-02-29"].map(isCalendarDate)).toEqual([true, true, true, true]);
    expect(["2021-02-29", "2021-13", "2021-00-10", "2021-04-31", "21", "2021-1-1"].map(isCalendarDate)).toEqual([false, false, false, false, false, false]);
  });
});

describe("--json FIELDS in argv", () => {
  const fields = (command: string) => (command === "person" ? ["id", "name"] : ["id", "date"]);
  it("takes the word after --json as fields only when it can only be fields", () => {
    expect(splitJsonFields(["list", "--json", "id,date"], fields)).toEqual(["list", "--json", "--fields", "id,date"]);
    expect(splitJsonFields(["list", "--json", "id"], fields)).toEqual(["list", "--json", "--fields", "id"]);
    expect(splitJsonFields(["list", "--json=id,date"], fields)).toEqual(["list", "--json", "--fields", "id,date"]);
    expect(splitJsonFields(["show", "--json", "geneva-2021"], fields)).toEqual(["show", "--json", "geneva-2021"]);
    expect(splitJsonFields(["person", "--json", "lavrov"], fields)).toEqual(["person", "--json", "lavrov"]);
    expect(splitJsonFields(["person", "--json", "name"], fields)).toEqual(["person", "--json", "--fields", "name"]);
    expect(splitJsonFields(["ask", "--json", "when", "did"], fields)).toEqual(["ask", "--json", "when", "did"]);
    expect(splitJsonFields(["--json", "list"], fields)).toEqual(["--json", "list"]);
    expect(splitJsonFields(["--corpus", "dir", "--json", "list"], fields)).toEqual(["--corpus", "dir", "--json", "list"]);
    expect(splitJsonFields(["ask", "--", "--json", "id"], fields)).toEqual(["ask", "--", "--json", "id"]);
  });
});

describe("--sort, --reverse, --limit", () => {
  const rows = [
    { id: "b", n: 2, list: ["x"], name: "Beta" },
    { id: "a", n: 10, list: ["x", "y", "z"], name: null },
    { id: "c", n: 1, list: [], name: "alpha" },
  ];
  const json = (r: (typeof rows)[number]) => r as unknown as Record<string, unknown>;
  const ids = (flags: Parameters<typeof parseListing>[0]) => applyListing(rows, json, parseListing(flags, ["id", "n", "list", "name"])).map((r) => r.id);

  it("orders numbers by value, lists by length, text alphabetically, empty last", () => {
    expect(ids({ sort: "n" })).toEqual(["c", "b", "a"]);
    expect(ids({ sort: "n", reverse: true })).toEqual(["a", "b", "c"]);
    expect(ids({ sort: "list" })).toEqual(["c", "b", "a"]);
    expect(ids({ sort: "name" })).toEqual(["c", "b", "a"]);
    expect(ids({ sort: "name", reverse: true })).toEqual(["b", "c", "a"]);
    expect(ids({ reverse: true })).toEqual(["c", "a", "b"]);
    expect(ids({ limit: "2" })).toEqual(["b", "a"]);
  });

  it("refuses a field the records do not have, and a limit that is not a positive number", () => {
    expect(() => parseListing({ sort: "size" }, ["id"])).toThrow(/--sort: "size" is not a field; valid fields: id/);
    for (const limit of ["0", "-1", "two", "1.5"]) expect(() => parseListing({ limit }, ["id"])).toThrow(/--limit/);
  });
});
