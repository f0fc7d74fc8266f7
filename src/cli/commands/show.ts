import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { attendeeJson, claimJson, encounterJson } from "../../index/records.js";
import { findEncounter } from "../../query/lookup.js";
import { encounterText } from "../../render/encounters.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function showCommand(index: Index, id: string, opts: GlobalOptions): CommandResult {
  const e = findEncounter(index, id);
  const claims = index.claims.filter((c) => c.encounter === e.id);
  const attendees = index.attendees[e.id] ?? [];
  const stdout = opts.json
    ? renderJson({ ...encounterJson(e), attendees: attendees.map(attendeeJson), claims: claims.map(claimJson) })
    : encounterText(opts.style, e, claims, attendees);
  return { stdout, exitCode: EXIT.found };
}
