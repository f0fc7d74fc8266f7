import type { Index } from "../../index/build.js";
import { ENCOUNTER_FIELDS } from "../../index/records.js";
import { checkDateBound, filterEncounters, parseKinds, parseStatuses } from "../../query/filters.js";
import { applyListing, parseListing, type ListingFlags } from "../../query/listing.js";
import { encounterView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { listResult, type CommandResult } from "./result.js";

export interface ListFlags extends ListingFlags {
  with?: string[];
  kind?: string[];
  status?: string[];
  year?: string;
  from?: string;
  to?: string;
  place?: string;
  side?: string;
  source?: string;
}

/** The filters as typed, for "no encounters match …". */
export function describeFlags(flags: Readonly<Record<string, unknown>>, names: readonly string[]): string {
  return names.flatMap((name) => {
    const v = flags[name];
    const values = Array.isArray(v) ? v : v === undefined ? [] : [v];
    return values.map((x) => `--${name} ${String(x)}`);
  }).join(" ");
}

export function listCommand(index: Index, flags: ListFlags, opts: GlobalOptions): CommandResult {
  const listing = parseListing(flags, ENCOUNTER_FIELDS);
  const found = filterEncounters(index, {
    with: flags.with ?? [],
    kind: parseKinds(flags.kind ?? []),
    status: parseStatuses(flags.status ?? []),
    year: checkDateBound("--year", flags.year ?? null),
    from: checkDateBound("--from", flags.from ?? null),
    to: checkDateBound("--to", flags.to ?? null),
    place: flags.place ?? null,
    side: flags.side ?? null,
    source: flags.source ?? null,
  });
  const list = applyListing(found, encounterView.json, listing);
  const filters = describeFlags(flags as Record<string, unknown>, ["with", "kind", "status", "year", "from", "to", "place", "side", "source"]);
  return listResult(encounterView, list, opts, filters ? `no encounters match ${filters}` : "the corpus holds no encounters");
}
