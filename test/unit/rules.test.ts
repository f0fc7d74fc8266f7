// Every rule table's rows: each example must make the row fire and each
// counter-example must not. A failure names the row. The examples are written
// for the tables; none may be copied from the corpora the rules are measured on.

import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/document.js";
import { DELEGATION_HEADS } from "../../src/extract/rules/delegations.js";
import { FRAMES } from "../../src/extract/rules/frames.js";
import { MODALITY } from "../../src/extract/rules/modality.js";
import { TRIGGERS } from "../../src/extract/rules/triggers.js";
import type { RuleRow } from "../../src/extract/rules/types.js";
import { VETOES } from "../../src/extract/rules/vetoes.js";
import { gaz, ROOT } from "../helpers.js";

/** The rule ids a text's extraction records, encounters and passes alike. */
function firedRules(text: string): Set<string> {
  const x = extractDocument({ body: text, published: "2024-05-15" }, gaz());
  return new Set(x.encounters.flatMap((e) => e.rules));
}

/** Rows that drop a reading leave no encounter: they fire when the text without them would have one. */
const dropRows = new Set([...VETOES.map((r) => r.id), ...MODALITY.filter((r) => r.effect === "drop").map((r) => r.id)]);
const traceOf = (text: string) => extractDocument({ body: text, published: "2024-05-15" }, gaz());

const TABLES: ReadonlyArray<readonly [string, readonly RuleRow[]]> = [
  ["triggers", TRIGGERS], ["frames", FRAMES], ["modality", MODALITY], ["vetoes", VETOES], ["delegation heads", DELEGATION_HEADS],
];

describe("rule tables", () => {
  it("give every row a unique id, at least one example and one counter-example", () => {
    const ids = TABLES.flatMap(([, rows]) => rows.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, rows] of TABLES) for (const r of rows) {
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(r.counterExamples.length, r.id).toBeGreaterThan(0);
    }
  });

  it("take no example from the corpora they are measured on", () => {
    const folders = [join(ROOT, "corpus"), join(ROOT, "..", "shared", "real"), join(ROOT, "test", "fixtures", "articles"), join(ROOT, "test", "fixtures", "heldout")].filter(existsSync);
    const texts = folders.flatMap((dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(?:md|txt|json)$/.test(f)).map((f) => readFileSync(join(dir, f), "utf8")));
    for (const [, rows] of TABLES) for (const r of rows) for (const ex of [...r.examples, ...r.counterExamples]) {
      // A sentence of the corpus would be a special case, not a rule: no example may share one.
      expect(texts.some((t) => t.includes(ex)), `${r.id}: "${ex}"`).toBe(false);
    }
  });
});

for (const [table, rows] of TABLES) {
  describe(`${table}: each row's examples`, () => {
    for (const row of rows) {
      it(row.id, () => {
        for (const ex of row.examples) {
          if (dropRows.has(row.id)) {
            // A veto or a dropping modality leaves nothing: the example reports no encounter at all.
            expect(traceOf(ex).encounters, `${row.id} should drop: "${ex}"`).toEqual([]);
          } else if (table === "delegation heads") {
            expect(traceOf(ex).people.length, `${row.id}: "${ex}"`).toBeGreaterThan(0);
          } else {
            expect([...firedRules(ex)], `${row.id} should fire on: "${ex}"`).toContain(row.id);
          }
        }
        for (const ex of row.counterExamples) {
          if (dropRows.has(row.id)) {
            // The counter-example is an encounter the row must not drop.
            expect(traceOf(ex).encounters.length, `${row.id} should not drop: "${ex}"`).toBeGreaterThan(0);
          } else if (table !== "delegation heads") {
            expect([...firedRules(ex)], `${row.id} should not fire on: "${ex}"`).not.toContain(row.id);
          }
        }
      });
    }
  });
}
