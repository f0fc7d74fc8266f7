import { EXIT } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { documentJson } from "../../index/records.js";
import { renderJson } from "../../render/json.js";
import { sourcesText } from "../../render/misc.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function sourcesCommand(index: Index, opts: GlobalOptions): CommandResult {
  const list = index.documents;
  return { stdout: opts.json ? renderJson(list.map(documentJson)) : sourcesText(opts.style, list), exitCode: list.length ? EXIT.found : EXIT.nothing };
}
