// Ids stay typable and unique whatever the corpus's file names are: names in
// another script, and names that slug to the same text. Generated here because
// such file names make a checkout awkward on some systems.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run, tempDir } from "./helpers.js";

const TYPABLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe("ids from hostile file names", () => {
  it("claim ids are typable and unique", async () => {
    const dir = tempDir();
    const ok = readFileSync(fixture("tree/ok.md"), "utf8");
    writeFileSync(join(dir, "Путин.md"), ok.replace("phone call", "long phone call"));
    writeFileSync(join(dir, "習近平.md"), ok.replace("phone call", "short phone call"));
    writeFileSync(join(dir, "a b.md"), ok.replace("phone call", "brief phone call"));
    writeFileSync(join(dir, "a-b.md"), ok.replace("phone call", "late phone call"));
    writeFileSync(join(dir, "a-b-2.md"), ok.replace("phone call", "early phone call"));
    const claims = JSON.parse((await run(["--corpus", dir, "claims", "--json"])).stdout) as Array<{ id: string; source: { document: string } }>;
    expect(new Set(claims.map((c) => c.source.document)).size).toBe(5);
    for (const c of claims) expect(c.id).toMatch(TYPABLE);
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
});
