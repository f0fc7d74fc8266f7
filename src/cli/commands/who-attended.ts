import type { Index } from "../../index/build.js";
import { findEncounter } from "../../query/lookup.js";
import { attendeesText } from "../../render/encounters.js";
import { attendeeView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { listResult, type CommandResult } from "./result.js";

export function whoAttendedCommand(index: Index, id: string, opts: GlobalOptions): CommandResult {
  const e = findEncounter(index, id);
  const list = index.attendees[e.id] ?? [];
  const result = listResult(attendeeView, list, opts, `no one is named as attending ${e.id}`);
  // At a terminal, by side with the evidence under each name, rather than a table.
  if (opts.output.format === "table" && !opts.output.fields && list.length) return { ...result, stdout: attendeesText(opts.style, e, list) };
  return result;
}
