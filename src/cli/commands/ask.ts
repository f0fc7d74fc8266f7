import { EXIT, UsageError } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { askQuestion, EXAMPLES } from "../../query/ask.js";
import { askJson, askRecords, askText } from "../../render/ask.js";
import { renderList } from "../../render/format.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import { checkFields, type CommandResult } from "./result.js";

/**
 * Exit 0 when the question was answered (records found, or a yes/no or
 * how-many answer), 1 when nothing answers it or it was declined (a name the
 * corpus does not hold, a word not understood). `--json FIELDS` selects the
 * fields of each result.
 */
export async function askCommand(index: Index, words: string[], opts: GlobalOptions): Promise<CommandResult> {
  const question = words.join(" ").trim();
  if (!question) throw new UsageError(`ask: give a question, e.g. summits ask "${EXAMPLES[0]}"`);
  const answer = await askQuestion(index, question);
  const { view, items } = askRecords(answer);
  checkFields(view.fields, opts);
  const out = opts.output;
  const json = () => {
    const full = askJson(answer);
    return renderJson(out.fields ? { ...full, results: full.results.map((r) => Object.fromEntries((out.fields ?? []).map((f) => [f, (r as Record<string, unknown>)[f]]))) } : full);
  };
  if (answer.understood.intent === "unknown") {
    // By code point, so an emoji is never cut in half.
    const message = `cannot understand "${[...question].slice(0, 80).join("")}": ${answer.reading}. Try: ${EXAMPLES.slice(0, 3).map((e) => `"${e}"`).join(", ")}`;
    return { stdout: out.format === "json" ? json() : "", exitCode: EXIT.nothing, message };
  }
  const exitCode = answer.found ? EXIT.found : EXIT.nothing;
  // Nothing found: said on stderr whatever the format, as every command does.
  const message = answer.found ? undefined : answer.answer;
  if (out.format === "json") return { stdout: json(), exitCode, ...(message ? { message } : {}) };
  if (out.format === "table") return { stdout: askText(opts.style, out, answer), exitCode };
  // Data: the records only; the answer in one line on stderr.
  return { stdout: renderList(view, items, out, opts.style), exitCode, ...(message ? { message } : { note: answer.answer }) };
}
