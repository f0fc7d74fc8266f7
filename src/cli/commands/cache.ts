// `summits cache path|clear`: the cache folder, without loading any corpus.

import { EXIT } from "../../errors.js";
import { clearCache } from "../../index/cache.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function cachePathCommand(opts: GlobalOptions): CommandResult {
  return { stdout: opts.json ? renderJson({ path: opts.cacheDir }) : `${opts.cacheDir}\n`, exitCode: EXIT.found };
}

export function cacheClearCommand(opts: GlobalOptions): CommandResult {
  clearCache(opts.cacheDir);
  return { stdout: opts.json ? renderJson({ cleared: opts.cacheDir }) : `cleared ${opts.cacheDir}\n`, exitCode: EXIT.found };
}
