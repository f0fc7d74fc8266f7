import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { attendeeJson, claimJson, encounterJson, explanationJson } from "../../index/records.js";
import { findEncounter } from "../../query/lookup.js";
import { encounterText } from "../../render/encounters.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export interface ShowFlags {
  /** Print which rule rows and document passes made the record, per report. */
  readonly explain?: boolean;
}

export function showCommand(index: Index, id: string, flags: ShowFlags, opts: GlobalOptions): CommandResult {
  const e = findEncounter(index, id);
  const claims = index.claims.filter((c) => c.encounter === e.id);
  const attendees = index.attendees[e.id] ?? [];
  const explain = flags.explain === true;
  const stdout = opts.json
    ? renderJson({ ...encounterJson(e), attendees: attendees.map(attendeeJson), claims: claims.map(claimJson), ...(explain ? { explanation: (e.explanation ?? []).map(explanationJson) } : {}) })
    : encounterText(opts.style, e, claims, attendees, explain);
  return { stdout, exitCode: EXIT.found };
}
