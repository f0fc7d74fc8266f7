import { EXIT, UsageError } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { search } from "../../query/search.js";
import { renderJson } from "../../render/json.js";
import { searchText } from "../../render/misc.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export async function searchCommand(index: Index, words: string[], flags: { limit?: string }, opts: GlobalOptions): Promise<CommandResult> {
  const text = words.join(" ").trim();
  if (!text) throw new UsageError("search: give some text to search for");
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: "${flags.limit}" is not a positive whole number`);
  const hits = await search(index, text, limit);
  return { stdout: opts.json ? renderJson(hits) : searchText(opts.style, hits), exitCode: hits.length ? EXIT.found : EXIT.nothing };
}
