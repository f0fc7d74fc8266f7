import { UsageError } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { applyListing, parseListing, type ListingFlags } from "../../query/listing.js";
import { search } from "../../query/search.js";
import { searchHitView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { listResult, type CommandResult } from "./result.js";

/** Hits a search returns when --limit is not given. */
const DEFAULT_LIMIT = 20;

export async function searchCommand(index: Index, words: string[], flags: ListingFlags, opts: GlobalOptions): Promise<CommandResult> {
  const text = words.join(" ").trim();
  if (!text) throw new UsageError("search: give some text to search for");
  const listing = parseListing(flags, searchHitView.fields);
  // Best first, then --sort/--reverse among the hits kept.
  const hits = await search(index, text, listing.limit ?? DEFAULT_LIMIT);
  return listResult(searchHitView, applyListing(hits, searchHitView.json, listing), opts, `nothing matches "${text}"`);
}
