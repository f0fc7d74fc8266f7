import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { claimJson } from "../../index/records.js";
import { findEncounter, matchPeople } from "../../query/lookup.js";
import { NotFoundError } from "../../errors.js";
import { claimsText } from "../../render/claims.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function claimsCommand(index: Index, id: string | undefined, flags: { by?: string }, opts: GlobalOptions): CommandResult {
  const encounter = id ? findEncounter(index, id).id : null;
  let speakers: Set<string> | null = null;
  if (flags.by) {
    const people = matchPeople(index, flags.by).map((p) => p.id);
    const sources = index.claims.filter((c) => c.speaker && c.speaker.name.toLowerCase() === flags.by?.toLowerCase()).map((c) => c.speaker?.id as string);
    speakers = new Set([...people, ...sources]);
    if (speakers.size === 0) throw new NotFoundError(`no speaker "${flags.by}"`);
  }
  const list = index.claims.filter((c) => (!encounter || c.encounter === encounter) && (!speakers || (c.speaker !== null && speakers.has(c.speaker.id))));
  return { stdout: opts.json ? renderJson(list.map(claimJson)) : claimsText(opts.style, list), exitCode: list.length ? EXIT.found : EXIT.nothing };
}
