import type { Index } from "../../index/build.js";
import { encounterJson, personJson, PERSON_FIELDS } from "../../index/records.js";
import { filterPeople } from "../../query/filters.js";
import { applyListing, parseListing, type ListingFlags } from "../../query/listing.js";
import { findPerson } from "../../query/lookup.js";
import { renderJson } from "../../render/json.js";
import { personText } from "../../render/people.js";
import { personView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { describeFlags } from "./list.js";
import { checkFields, listResult, oneResult, type CommandResult } from "./result.js";
import { EXIT } from "../../errors.js";

export interface PeopleFlags extends ListingFlags {
  side?: string;
  source?: string;
}

export function peopleCommand(index: Index, flags: PeopleFlags, opts: GlobalOptions): CommandResult {
  const listing = parseListing(flags, PERSON_FIELDS);
  // Most encounters first, then by name: the people a corpus is about lead.
  const ranked = filterPeople(index, { side: flags.side ?? null, source: flags.source ?? null })
    .sort((a, b) => b.encounters.length - a.encounters.length || a.name.localeCompare(b.name));
  const list = applyListing(ranked, personView.json, listing);
  const filters = describeFlags(flags as Record<string, unknown>, ["side", "source"]);
  return listResult(personView, list, opts, filters ? `no people match ${filters}` : "the corpus names no people");
}

const PERSON_COMMAND_FIELDS = [...PERSON_FIELDS, "encounterRecords"];

export function personCommand(index: Index, name: string, opts: GlobalOptions): CommandResult {
  checkFields(PERSON_COMMAND_FIELDS, opts);
  const p = findPerson(index, name);
  const encounters = index.encounters.filter((e) => p.encounters.includes(e.id));
  if (opts.output.format === "json") {
    const full: Record<string, unknown> = { ...personJson(p), encounterRecords: encounters.map(encounterJson) };
    const fields = opts.output.fields;
    return { stdout: renderJson(fields ? Object.fromEntries(fields.map((f) => [f, full[f]])) : full), exitCode: EXIT.found };
  }
  return oneResult(personView, p, { ...opts, output: { ...opts.output, fields: opts.output.fields?.filter((f) => f !== "encounterRecords") ?? null } }, () => personText(opts.style, p, encounters));
}
