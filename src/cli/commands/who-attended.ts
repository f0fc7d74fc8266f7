import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { attendeeJson } from "../../index/records.js";
import { findEncounter } from "../../query/lookup.js";
import { attendeesText } from "../../render/encounters.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function whoAttendedCommand(index: Index, id: string, opts: GlobalOptions): CommandResult {
  const e = findEncounter(index, id);
  const list = index.attendees[e.id] ?? [];
  return { stdout: opts.json ? renderJson(list.map(attendeeJson)) : attendeesText(opts.style, e, list), exitCode: list.length ? EXIT.found : EXIT.nothing };
}
