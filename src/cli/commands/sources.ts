import type { Index } from "../../index/build.js";
import { documentView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { listResult, type CommandResult } from "./result.js";

export function sourcesCommand(index: Index, opts: GlobalOptions): CommandResult {
  return listResult(documentView, index.documents, opts, "the corpus holds no documents");
}
