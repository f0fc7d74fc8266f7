// `summits check`: the loader's verdict on a corpus, for the people who keep
// one and for their CI. Runs no extraction, so it is quick on a big corpus.

import { EXIT } from "../../errors.js";
import { renderJson } from "../../render/json.js";
import { problemJson, problemsText } from "../../render/problems.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export interface CheckFlags {
  strict?: boolean;
}

export async function checkCommand(flags: CheckFlags, opts: GlobalOptions): Promise<CommandResult> {
  const { loadCorpus } = await import("../../corpus/load.js");
  const { articles, problems } = loadCorpus(opts.corpus, { maxFileSize: opts.maxFileSize, followLinks: opts.followLinks });
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (flags.strict === true && warnings > 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return {
    stdout: opts.json ? renderJson(problems.map(problemJson)) : problemsText(problems),
    exitCode: failed ? EXIT.nothing : EXIT.found,
    message: `checked ${plural(articles.length, "article")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${failed ? "" : " (ok)"}`,
  };
}
