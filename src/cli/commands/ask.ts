import { EXIT, UsageError } from "../../errors.js";
import type { Index } from "../../index/build.js";
import { ask, EXAMPLES } from "../../query/ask.js";
import { askJson, askText } from "../../render/ask.js";
import { renderJson } from "../../render/json.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export function askCommand(index: Index, words: string[], opts: GlobalOptions): CommandResult {
  const question = words.join(" ").trim();
  if (!question) throw new UsageError(`ask: give a question, e.g. summits ask "${EXAMPLES[0]}"`);
  const answer = ask(index, question);
  if (answer.understood.intent === "unknown") {
    // By code point, so an emoji is never cut in half.
    const message = `cannot understand "${[...question].slice(0, 80).join("")}": ${answer.reading}. Try: ${EXAMPLES.slice(0, 3).map((e) => `"${e}"`).join(", ")}`;
    return { stdout: opts.json ? renderJson(askJson(answer)) : "", exitCode: EXIT.nothing, message };
  }
  // An understood question is answered even when the answer is "none" ("did they meet in Genoa?" → no).
  return { stdout: opts.json ? renderJson(askJson(answer)) : askText(opts.style, answer), exitCode: EXIT.found };
}
