// `summits index path|stats|rebuild|clear` (alias: `summits cache`): the
// on-disk index. path and clear read no corpus; stats and rebuild open it.

import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { clearCache } from "../../index/cache.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

/** Opens the corpus's index as every command does; `fresh` skips the install-time index and rebuilds the store. */
export type OpenCorpus = (opts: GlobalOptions, fresh: boolean) => Promise<{ index: Index; location: string | null }>;

export function indexPathCommand(opts: GlobalOptions): CommandResult {
  return { stdout: opts.json ? renderJson({ path: opts.cacheDir }) : `${opts.cacheDir}\n`, exitCode: EXIT.found };
}

export function indexClearCommand(opts: GlobalOptions): CommandResult {
  clearCache(opts.cacheDir);
  return { stdout: opts.json ? renderJson({ cleared: opts.cacheDir }) : `cleared ${opts.cacheDir}\n`, exitCode: EXIT.found };
}

async function statsOf(opts: GlobalOptions, open: OpenCorpus, fresh: boolean): Promise<CommandResult> {
  const { index, location } = await open(opts, fresh);
  const { storeSize } = await import("../../index/store.js");
  const stats = {
    corpus: opts.corpus,
    // null: answered from the install-time index of the built-in corpus, or from memory (--no-cache).
    index: location,
    documents: index.documents.length,
    encounters: index.encounters.length,
    people: index.people.length,
    claims: index.claims.length,
    bytes: location ? storeSize(location) : 0,
  };
  index.close?.();
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const text = [
    `corpus:     ${stats.corpus}`,
    `index:      ${stats.index ?? (opts.cache ? "install-time index of the built-in corpus" : "in memory (--no-cache)")}`,
    `documents:  ${stats.documents}`,
    `encounters: ${stats.encounters}`,
    `people:     ${stats.people}`,
    `claims:     ${stats.claims}`,
    `on disk:    ${mb(stats.bytes)}`,
  ].join("\n");
  return { stdout: opts.json ? renderJson(stats) : `${text}\n`, exitCode: EXIT.found };
}

export const indexStatsCommand = (opts: GlobalOptions, open: OpenCorpus) => statsOf(opts, open, false);
export const indexRebuildCommand = (opts: GlobalOptions, open: OpenCorpus) => statsOf(opts, open, true);
