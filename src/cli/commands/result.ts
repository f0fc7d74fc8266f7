// What a command hands back to main(), and the one way a list of records
// becomes output: the format asked for, fields checked against the records'
// JSON keys, and an empty list said on stderr with exit 1 (the JSON is still
// printed, as [], so that a script reading it never gets nothing).

import { EXIT, UsageError } from "../../errors.js";
import { renderList, renderOne, type View } from "../../render/format.js";
import type { GlobalOptions } from "../options.js";

export interface CommandResult {
  readonly stdout: string;
  readonly exitCode: number;
  /** One line for stderr: how nothing was found, never a stack trace. */
  readonly message?: string;
  /** One line for stderr that is not an error: the answer to a question whose records went to a pipe. */
  readonly note?: string;
}

/** Throws a usage error naming the valid fields when --json/--fields names one the records do not have. */
export function checkFields(fields: readonly string[], opts: GlobalOptions): void {
  const unknown = (opts.output.fields ?? []).filter((f) => !fields.includes(f));
  if (unknown.length) throw new UsageError(`--json: unknown field${unknown.length > 1 ? "s" : ""} ${unknown.map((f) => `"${f}"`).join(", ")}; valid fields: ${fields.join(", ")}`);
}

export function listResult<T>(view: View<T>, records: readonly T[], opts: GlobalOptions, emptyMessage: string): CommandResult {
  checkFields(view.fields, opts);
  const stdout = renderList(view, records, opts.output, opts.style);
  if (records.length === 0) return { stdout: opts.output.format === "table" ? "" : stdout, exitCode: EXIT.nothing, message: emptyMessage };
  return { stdout, exitCode: EXIT.found };
}

export function oneResult<T>(view: View<T>, record: T, opts: GlobalOptions, prose: () => string): CommandResult {
  checkFields(view.fields, opts);
  return { stdout: renderOne(view, record, opts.output, opts.style, prose), exitCode: EXIT.found };
}
