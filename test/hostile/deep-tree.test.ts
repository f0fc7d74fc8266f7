// Finding 12 of issue 11: a deep folder tree. The walk resolved the real path
// of every folder (and of its parent, for every sub-folder), and realpath
// costs a stat per path component: 10,000 articles 50 folders deep made
// 605,702 stat calls per warm query. A folder reached by a name that is not a
// link has its parent's real path and that name; only links need resolving.
// The test counts file-system calls, not time.

import fs, { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { listCorpus } from "../../src/corpus/list.js";
import { tempDir } from "./helpers.js";

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

/** Calls to realpathSync and statSync while `work` runs (node:fs named exports follow the spied object once synced). */
function fsCalls<T>(work: () => T): { result: T; realpath: number; stat: number } {
  const realpath = vi.spyOn(fs, "realpathSync");
  const stat = vi.spyOn(fs, "statSync");
  syncBuiltinESMExports();
  try {
    return { result: work(), realpath: realpath.mock.calls.length, stat: stat.mock.calls.length };
  } finally {
    vi.restoreAllMocks();
    syncBuiltinESMExports();
  }
}

describe("a deep folder tree (finding 12)", () => {
  it("is walked with a stat per article and a realpath per link, not per folder", () => {
    const dir = tempDir();
    const DEPTH = 40;
    const CHAINS = 5;
    for (let c = 0; c < CHAINS; c++) {
      const deepest = join(dir, `chain-${c}`, ...Array.from({ length: DEPTH - 1 }, (_, d) => `level-${d}`));
      mkdirSync(deepest, { recursive: true });
      writeFileSync(join(deepest, "article.md"), `# Chain ${c}\n\nJoe Biden met Vladimir Putin in Geneva.\n`);
      writeFileSync(join(deepest, "notes.json"), "{}");
    }
    // Two links: one to a folder inside the corpus, one back up to the root (a loop).
    symlinkSync(join(dir, "chain-0"), join(dir, "link-to-chain-0"));
    symlinkSync(dir, join(dir, "chain-1", "loop"));

    const { result, realpath, stat } = fsCalls(() => listCorpus(dir));
    expect(result.files).toHaveLength(CHAINS);
    expect(result.problems.map((p) => `${p.file}: ${p.message}`)).toEqual(["chain-1/loop: symbolic link loop (not followed)", "link-to-chain-0: symbolic link to a folder already read (not followed)"]);
    // The corpus folder itself, then one per link; before, one per folder and one per sub-folder's parent (400 here).
    expect(realpath).toBe(1 + 2);
    // The corpus folder, each article and each link; folders and other files are known from the listing.
    expect(stat).toBe(1 + CHAINS + 2);
  });
});
