import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { attendeeJson, claimJson, encounterJson, ENCOUNTER_FIELDS, explanationJson } from "../../index/records.js";
import { findEncounter } from "../../query/lookup.js";
import { encounterText } from "../../render/encounters.js";
import { renderJson } from "../../render/json.js";
import { encounterView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { checkFields, oneResult, type CommandResult } from "./result.js";

/** `show --json` adds the attendees and claims to the encounter (and with --explain, how each report was read); they may be selected as fields too. */
const SHOW_FIELDS = [...ENCOUNTER_FIELDS, "attendees", "claims", "explanation"];

export interface ShowFlags {
  /** Print which rule rows and document passes made the record, per report. */
  readonly explain?: boolean;
}

export function showCommand(index: Index, id: string, flags: ShowFlags, opts: GlobalOptions): CommandResult {
  checkFields(SHOW_FIELDS, opts);
  const e = findEncounter(index, id);
  const claims = index.claims.filter((c) => c.encounter === e.id);
  const attendees = index.attendees[e.id] ?? [];
  if (opts.output.format === "json") {
    const full: Record<string, unknown> = { ...encounterJson(e), attendees: attendees.map(attendeeJson), claims: claims.map(claimJson), ...(flags.explain ? { explanation: e.explanation.map(explanationJson) } : {}) };
    const fields = opts.output.fields;
    return { stdout: renderJson(fields ? Object.fromEntries(fields.map((f) => [f, full[f]])) : full), exitCode: EXIT.found };
  }
  return oneResult(encounterView, e, { ...opts, output: { ...opts.output, fields: opts.output.fields?.filter((f) => f !== "attendees" && f !== "claims" && f !== "explanation") ?? null } }, () => encounterText(opts.style, e, claims, attendees, flags.explain === true));
}
