// Issue 3's check: the seeds with nothing in their front matter but title,
// publisher and published still yield their encounters (F1 ≥ 0.95), so the
// answers come from the text, not from metadata or curation.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encounterJson } from "../../src/index/records.js";
import { parseGold } from "../../src/eval/gold.js";
import { scoreEncounters } from "../../src/eval/score.js";
import { BUILTIN, ROOT, indexOf } from "../helpers.js";
import { tempDir } from "../temp.js";

describe("the seeds with bare front matter", () => {
  it("still yield the gold encounters", async () => {
    const dir = tempDir("summits-bare-seeds-");
    for (const name of readdirSync(BUILTIN).filter((f) => f.endsWith(".md"))) {
      const raw = readFileSync(join(BUILTIN, name), "utf8");
      const m = /^---\n([\s\S]*?)\n---\n/.exec(raw);
      if (!m) throw new Error(`${name} has no front matter`);
      const kept = (m[1] ?? "").split("\n").filter((l) => /^(?:title|publisher|published):/.test(l));
      writeFileSync(join(dir, name), `---\n${kept.join("\n")}\n---\n${raw.slice(m[0].length)}`);
    }
    const idx = await indexOf(dir);
    const gold = parseGold(JSON.parse(readFileSync(join(ROOT, "test", "gold", "seeds.json"), "utf8")), "seeds.json");
    const score = scoreEncounters(gold, idx.encounters.map(encounterJson));
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
    expect(idx.encounters.every((e) => e.curated.length === 0)).toBe(true);
  });
});
