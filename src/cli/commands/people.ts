import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { encounterJson, personJson } from "../../index/records.js";
import { findPerson } from "../../query/lookup.js";
import { renderJson } from "../../render/json.js";
import { peopleText, personText } from "../../render/people.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function peopleCommand(index: Index, opts: GlobalOptions): CommandResult {
  const list = [...index.people].sort((a, b) => b.encounters.length - a.encounters.length || a.name.localeCompare(b.name));
  return { stdout: opts.json ? renderJson(list.map(personJson)) : peopleText(opts.style, list), exitCode: list.length ? EXIT.found : EXIT.nothing };
}

export function personCommand(index: Index, name: string, opts: GlobalOptions): CommandResult {
  const p = findPerson(index, name);
  const encounters = index.encounters.filter((e) => p.encounters.includes(e.id));
  return { stdout: opts.json ? renderJson({ ...personJson(p), encounterRecords: encounters.map(encounterJson) }) : personText(opts.style, p, encounters), exitCode: EXIT.found };
}
