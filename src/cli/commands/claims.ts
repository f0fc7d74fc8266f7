import { NotFoundError } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { CLAIM_FIELDS } from "../../index/records.js";
import { filterClaims } from "../../query/filters.js";
import { applyListing, parseListing, type ListingFlags } from "../../query/listing.js";
import { findEncounter, matchPeople } from "../../query/lookup.js";
import { claimView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { describeFlags } from "./list.js";
import { listResult, type CommandResult } from "./result.js";

export interface ClaimsFlags extends ListingFlags {
  by?: string;
  side?: string;
  source?: string;
}

export function claimsCommand(index: Index, id: string | undefined, flags: ClaimsFlags, opts: GlobalOptions): CommandResult {
  const listing = parseListing(flags, CLAIM_FIELDS);
  const encounter = id ? findEncounter(index, id).id : null;
  let speakers: Set<string> | null = null;
  if (flags.by !== undefined) {
    const by = flags.by;
    // A speaker the resolver did not make a person ("a Kremlin spokesman") is still matched by the name on the claim.
    const named = index.claims.filter((c) => c.speaker && c.speaker.name.toLowerCase() === by.trim().toLowerCase()).map((c) => c.speaker?.id as string);
    speakers = new Set([...matchPeople(index, by).map((p) => p.id), ...named]);
    if (speakers.size === 0) throw new NotFoundError(`no speaker "${by}"`);
  }
  const found = filterClaims(index, { encounter, speakers, side: flags.side ?? null, source: flags.source ?? null });
  const list = applyListing(found, claimView.json, listing);
  const filters = [encounter ? `about ${encounter}` : "", describeFlags(flags as Record<string, unknown>, ["by", "side", "source"])].filter(Boolean).join(" ");
  return listResult(claimView, list, opts, filters ? `no claims match ${filters}` : "the corpus holds no claims");
}
