// Stored extractions are reused only for the code that made them: the
// extractor's fingerprint must cover every file the extraction worker is
// bundled from, wherever it lives — src/fold.ts is imported by extraction but
// is not under src/extract/ or src/corpus/, the folders an earlier
// fingerprint listed, so an edit there reused stale extractions.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

type Fingerprints = { extractor: string; index: string };
const { extractorInputs, fingerprints } = (await import(join(ROOT, "scripts", "fingerprint.mjs"))) as {
  extractorInputs: (root: string) => Promise<string[]>;
  fingerprints: (root: string, read?: (file: string) => Buffer) => Promise<Fingerprints>;
};

const read = (file: string) => readFileSync(join(ROOT, file));
/** The same tree with one file's bytes changed. */
const editing = (target: string) => (file: string) => (file === target ? Buffer.concat([read(file), Buffer.from("\n// edited\n")]) : read(file));

describe("the extractor's fingerprint", () => {
  it("covers what the extraction worker is bundled from, outside src/extract/ too", async () => {
    const inputs = await extractorInputs(ROOT);
    expect(inputs).toContain("src/fold.ts");
    expect(inputs).toContain("src/extract/document.ts");
    expect(inputs.some((f) => f.startsWith("src/query/") || f.startsWith("src/render/"))).toBe(false);
  });

  it("changes with an edit to any of those files, and not with one to a query module", async () => {
    const base = await fingerprints(ROOT, read);
    expect((await fingerprints(ROOT, editing("src/fold.ts"))).extractor).not.toBe(base.extractor);
    expect((await fingerprints(ROOT, editing("src/extract/document.ts"))).extractor).not.toBe(base.extractor);
    const query = await fingerprints(ROOT, editing("src/query/ask.ts"));
    expect(query.extractor).toBe(base.extractor);
    expect(query.index).not.toBe(base.index);
  });
});
