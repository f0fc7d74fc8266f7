import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { attendeeJson, claimJson, encounterJson, ENCOUNTER_FIELDS } from "../../index/records.js";
import { findEncounter } from "../../query/lookup.js";
import { encounterText } from "../../render/encounters.js";
import { renderJson } from "../../render/json.js";
import { encounterView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { checkFields, oneResult, type CommandResult } from "./result.js";

/** `show --json` adds the attendees and claims to the encounter; those two may be selected as fields too. */
const SHOW_FIELDS = [...ENCOUNTER_FIELDS, "attendees", "claims"];

export function showCommand(index: Index, id: string, opts: GlobalOptions): CommandResult {
  checkFields(SHOW_FIELDS, opts);
  const e = findEncounter(index, id);
  const claims = index.claims.filter((c) => c.encounter === e.id);
  const attendees = index.attendees[e.id] ?? [];
  if (opts.output.format === "json") {
    const full: Record<string, unknown> = { ...encounterJson(e), attendees: attendees.map(attendeeJson), claims: claims.map(claimJson) };
    const fields = opts.output.fields;
    return { stdout: renderJson(fields ? Object.fromEntries(fields.map((f) => [f, full[f]])) : full), exitCode: EXIT.found };
  }
  return oneResult(encounterView, e, { ...opts, output: { ...opts.output, fields: opts.output.fields?.filter((f) => f !== "attendees" && f !== "claims") ?? null } }, () => encounterText(opts.style, e, claims, attendees));
}
