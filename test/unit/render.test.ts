// Display width, cutting and wrapping, the table layout and the data formats.

import { describe, expect, it } from "vitest";
import { ATTENDEE_FIELDS, CLAIM_FIELDS, DOCUMENT_FIELDS, ENCOUNTER_FIELDS, PERSON_FIELDS, attendeeJson, claimJson, documentJson, encounterJson, personJson } from "../../src/index/records.js";
import { flatten } from "../../src/render/format.js";
import { resolveStyle } from "../../src/render/output.js";
import { layout, renderCsv, renderTable, renderTsv, type Column } from "../../src/render/table.js";
import { displayWidth, stripAnsi, truncate, wrap } from "../../src/render/width.js";
import { BUILTIN, indexOf } from "../helpers.js";

describe("display width", () => {
  it("counts columns, not code units", () => {
    expect(displayWidth("Putin")).toBe(5);
    expect(displayWidth("\u001b[1mPutin\u001b[22m")).toBe(5);
    expect(displayWidth("習近平")).toBe(6);
    expect(displayWidth("ｆｕｌｌ")).toBe(8);
    expect(displayWidth("🤝")).toBe(2);
    expect(displayWidth("🇺🇸")).toBe(2);
    expect(displayWidth("👍🏽")).toBe(2);
    expect(displayWidth("Zelenskyy\u0301")).toBe(9);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("a\u200bb")).toBe(2);
    expect(stripAnsi("\u001b[33mx\u001b[39m")).toBe("x");
  });

  it("cuts to a width with an ellipsis, never through a wide character", () => {
    expect(truncate("Vladimir Putin", 20)).toBe("Vladimir Putin");
    expect(truncate("Vladimir Putin", 8)).toBe("Vladimi…");
    expect(truncate("習近平與普京", 5)).toBe("習近…");
    expect(displayWidth(truncate("習近平與普京", 4))).toBeLessThanOrEqual(4);
    expect(truncate("🤝🤝🤝", 4)).toBe("🤝…");
  });

  it("wraps with a hanging indent and never past the width", () => {
    const text = "Russia was suspended from the G8 in 2014 and did not attend the 2018 G7 summit in Charlevoix, Quebec";
    const lines = wrap(text, 40, "  curated: ", "           ");
    expect(lines[0]).toBe("  curated: Russia was suspended from the");
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {11}\S/);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    const long = wrap("x".repeat(100), 30, "> ", "  ");
    expect(long.length).toBe(4);
    for (const l of long) expect(displayWidth(l)).toBeLessThanOrEqual(30);
    expect(wrap("", 30, "a: ")).toEqual(["a:"]);
  });
});

describe("table layout", () => {
  const columns: Column[] = [
    { header: "ID", priority: 0, fixed: true },
    { header: "Text", priority: 1, min: 10 },
    { header: "Extra", priority: 5, min: 8 },
  ];
  const rows = [["alpha-2021", "a long line of text that goes on and on", "more words here"]];

  it("shows everything that fits, shortens before it drops, and drops the least important first", () => {
    expect(layout(columns, rows, { width: 200, wide: false })).toEqual({ shown: [0, 1, 2], widths: [10, 39, 15], hidden: [] });
    const shortened = layout(columns, rows, { width: 50, wide: false });
    expect(shortened.shown).toEqual([0, 1, 2]);
    expect(shortened.widths.reduce((a, b) => a + b, 0) + 4).toBe(50);
    const dropped = layout(columns, rows, { width: 30, wide: false });
    expect(dropped).toEqual({ shown: [0, 1], widths: [10, 18], hidden: ["extra"] });
    expect(layout(columns, rows, { width: 30, wide: true }).shown).toEqual([0, 1, 2]);
  });

  it("renders rows of one line each, within the width", () => {
    const style = resolveStyle({ isTTY: true, columns: 30, env: { NO_COLOR: "1" }, noColorFlag: false });
    const out = renderTable(style, columns, [...rows, ["b", "line\nbreak\tand tab", "x"]], { width: 30, wide: false });
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("ID          Text");
    expect(lines[2]).toBe("b           line break and tab");
    expect(lines[3]).toBe("(extra left out to fit 30 columns; --wide shows all)".slice(0, 29) + "…");
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(30);
  });

  it("writes TSV and CSV a script can read back", () => {
    expect(renderTsv(["a", "b"], [["x\ty", "z\nw"]])).toBe("a\tb\nx y\tz w\n");
    expect(renderCsv(["a", "b"], [['say "hi", then go', "plain"]])).toBe('a,b\n"say ""hi"", then go",plain\n');
  });

  it("flattens JSON values into one cell", () => {
    expect(flatten(null)).toBe("");
    expect(flatten([{ id: "x", name: "Joe Biden" }, { id: "y", name: "Vladimir Putin" }])).toBe("Joe Biden; Vladimir Putin");
    expect(flatten({ document: "a.md", quote: "q", start: 3, end: 9 })).toBe("a.md:3-9");
    expect(flatten(["a", "b"])).toBe("a; b");
    expect(flatten(7)).toBe("7");
  });
});

describe("JSON field lists", () => {
  it("name every key of each JSON shape, in order", async () => {
    const index = await indexOf(BUILTIN);
    const e = index.encounters[0];
    const c = index.claims[0];
    const d = index.documents[0];
    if (!e || !c || !d) throw new Error("the built-in corpus has records");
    const a = (index.attendees[e.id] ?? [])[0];
    const p = index.people[0];
    if (!a || !p) throw new Error("the built-in corpus has people");
    expect(Object.keys(encounterJson(e))).toEqual([...ENCOUNTER_FIELDS]);
    expect(Object.keys(attendeeJson(a))).toEqual([...ATTENDEE_FIELDS]);
    expect(Object.keys(personJson(p))).toEqual([...PERSON_FIELDS]);
    expect(Object.keys(claimJson(c))).toEqual([...CLAIM_FIELDS]);
    expect(Object.keys(documentJson(d))).toEqual([...DOCUMENT_FIELDS]);
  });
});
