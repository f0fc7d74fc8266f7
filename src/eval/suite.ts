// The evaluation suite: test/gold/manifest.json pairs each gold file with the
// corpus it reads. Shared by `npm run eval` and the test that guards the
// baseline, so both measure exactly the same thing.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { loadCorpus } from "../corpus/load.js";
import { buildIndex, type Index } from "../index/build.js";
import { extractAll } from "../index/open.js";
import { baselineSchema, type Baseline } from "./baseline.js";
import { parseGold } from "./gold.js";
import { evaluate, type Report } from "./score.js";

const GOLD_DIR = join("test", "gold");
const MANIFEST = join(GOLD_DIR, "manifest.json");
export const BASELINE = join(GOLD_DIR, "baseline.json");

const manifestSchema = z.array(z.looseObject({ name: z.string().min(1), gold: z.string().min(1), corpus: z.string().min(1) })).min(1);
export type ManifestEntry = z.infer<typeof manifestSchema>[number];

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Gold and corpus paths are relative to the project root (the real news lives beside it, in ../shared/real). */
export function readManifest(root: string): ManifestEntry[] {
  const path = join(root, MANIFEST);
  const parsed = manifestSchema.safeParse(readJson(path));
  if (!parsed.success) throw new Error(`${path}: expected [{"gold": FILE, "corpus": DIR}, …]`);
  return parsed.data;
}

export function readBaseline(root: string): Baseline {
  const path = join(root, BASELINE);
  let raw: unknown;
  try {
    raw = readJson(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw err;
  }
  const parsed = baselineSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${path}: not a baseline file`);
  return parsed.data;
}

/** Always a fresh extraction: a cached index would measure an older extractor. */
async function indexCorpus(dir: string): Promise<Index> {
  const { articles, problems, corrections } = loadCorpus(dir);
  return buildIndex({ articles, extractions: await extractAll(articles), problems, corrections });
}

/** Whether the entry's gold and corpus are on this machine: the real news sits beside the repository, not in it. */
export function entryPresent(root: string, entry: ManifestEntry): boolean {
  return existsSync(join(root, entry.gold)) && existsSync(join(root, entry.corpus));
}

export interface EntryReport extends ManifestEntry {
  readonly report: Report;
}

export async function evaluateEntry(root: string, entry: ManifestEntry): Promise<EntryReport> {
  const goldPath = join(root, entry.gold);
  const gold = parseGold(readJson(goldPath), goldPath);
  const index = await indexCorpus(join(root, entry.corpus));
  return { ...entry, report: evaluate(gold, index) };
}
