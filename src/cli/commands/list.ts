import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { encounterJson } from "../../index/records.js";
import { checkDateBound, filterEncounters, parseKinds, parseStatuses } from "../../query/filters.js";
import { encountersText } from "../../render/encounters.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export interface ListFlags {
  with?: string[];
  kind?: string[];
  status?: string[];
  year?: string;
  from?: string;
  to?: string;
  place?: string;
}

export function listCommand(index: Index, flags: ListFlags, opts: GlobalOptions): CommandResult {
  if (flags.year !== undefined && !/^\d{4}$/.test(flags.year)) checkDateBound("--year", `${flags.year}-bad`);
  const list = filterEncounters(index, {
    with: flags.with ?? [],
    kind: parseKinds(flags.kind ?? []),
    status: parseStatuses(flags.status ?? []),
    year: flags.year ?? null,
    from: checkDateBound("--from", flags.from ?? null),
    to: checkDateBound("--to", flags.to ?? null),
    place: flags.place ?? null,
  });
  return { stdout: opts.json ? renderJson(list.map(encounterJson)) : encountersText(opts.style, list), exitCode: list.length ? EXIT.found : EXIT.nothing };
}
