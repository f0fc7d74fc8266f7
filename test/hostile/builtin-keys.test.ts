// Finding 1 of issue 11: text that names an Object builtin. A front-matter key
// `constructor:` made every command fail with "schema.safeParse is not a
// function"; "Constructor years ago" dated an encounter "NaN". Every lookup
// keyed by input text must be a Map or a null-prototype object; these tests
// put each of Object.prototype's names in every place a corpus can.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/document.js";
import { gaz } from "../helpers.js";
import { extractionViolations } from "../property/extraction.js";
import { run, tempDir } from "./helpers.js";

const BUILTINS = Object.getOwnPropertyNames(Object.prototype);
const capitalised = (k: string) => k.replace(/^[a-z]/, (c) => c.toUpperCase());

/** Sentences that put a word where extraction looks words up: number words, months, weekdays, names, places, events. */
function sentences(word: string): string {
  const W = capitalised(word);
  return [
    `${W} years ago, President Joe Biden met Russian President Vladimir Putin in Geneva.`,
    `President ${W} met Vladimir Putin in ${W} on ${W} 16, and they spoke again last ${W}.`,
    `"${W} is the word," ${W} said. ${word} ${W} years ago today, ${word} years ago this week.`,
    `The ${W} summit was held in ${W}, ${W}, on the sidelines of the ${W} Group of ${W}.`,
    `On ${W}, ${W} ${W} spoke by phone with Putin; ${W} Minister ${W} ${W} joined them.`,
  ].join(" ");
}

describe("Object builtin names in the text (finding 1)", () => {
  it("extraction gives exact offsets and calendar dates, never a builtin's value", () => {
    const problems: string[] = [];
    let encounters = 0;
    for (const word of BUILTINS) {
      const body = sentences(word);
      const x = extractDocument({ body, published: "2021-06-20" }, gaz());
      encounters += x.encounters.length;
      problems.push(...extractionViolations(body, x).map((v) => `${word}: ${v}`));
    }
    expect(problems).toEqual([]);
    // The sentences do report encounters, so dates were really read from them.
    expect(encounters).toBeGreaterThanOrEqual(BUILTINS.length);
  });

  it("front-matter keys, curation keys and file names: every command works and check names each key", async () => {
    const dir = tempDir();
    BUILTINS.forEach((k, i) => {
      writeFileSync(
        join(dir, `${k}.md`),
        `---\n${k}: x\ntitle: "${capitalised(k)} meets"\npublished: "2021-06-1${i % 10}"\ncorrections:\n  - ${k}: 1\n---\n${sentences(k)}\n`,
      );
    });
    writeFileSync(join(dir, "curation.yaml"), BUILTINS.map((k) => `- document: ${k}.md\n  ${k}: 1\n`).join(""));
    // Unknown fields are listed by --strict (and fail it).
    const check = await run(["--corpus", dir, "check", "--strict", "--json"]);
    expect(check.code).toBe(1);
    const problems = JSON.parse(check.stdout) as Array<{ file: string; field: string | null; message: string }>;
    for (const k of BUILTINS) expect(problems).toContainEqual(expect.objectContaining({ file: `${k}.md`, field: k, message: `${k}: unknown field (ignored)` }));
    for (const args of [["list"], ["people"], ["claims"], ["sources"], ["search", "constructor"], ["ask", "when did Biden and Putin meet"]]) {
      const r = await run(["--corpus", dir, ...args, "--json"]);
      expect({ args, code: r.code, internal: /internal error/.test(r.stderr), nan: /NaN/.test(r.stdout) }).toEqual({ args, code: 0, internal: false, nan: false });
    }
  });
});
