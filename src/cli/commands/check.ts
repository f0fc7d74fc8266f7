// `summits check`: the loader's verdict on a corpus, for the people who keep
// one and for their CI. Runs no extraction, so it is quick on a big corpus.

import type { Article, Problem } from "../../corpus/load.js";
import { EXIT } from "../../errors.js";
import { renderJson } from "../../render/json.js";
import { problemJson, problemsText } from "../../render/problems.js";
import type { GlobalOptions } from "../options.js";
import type { CommandResult } from "./result.js";

export interface CheckFlags {
  strict?: boolean;
}

/** Articles the last build skipped (over their time budget, or extraction failed), as that build reported them. */
async function extractionProblems(opts: GlobalOptions, articles: readonly Article[]): Promise<Problem[]> {
  const { storePath } = await import("../../index/cache.js");
  const { extractionSkips } = await import("../../index/store.js");
  const skips = extractionSkips(storePath(opts.cacheDir, opts.corpus));
  return skips.size ? articles.flatMap((a) => (skips.get(a.hash) ?? []).map((p) => ({ ...p, file: a.id }))) : [];
}

export async function checkCommand(flags: CheckFlags, opts: GlobalOptions): Promise<CommandResult> {
  const { loadCorpus } = await import("../../corpus/load.js");
  const loaded = loadCorpus(opts.corpus, { maxFileSize: opts.maxFileSize, followLinks: opts.followLinks });
  const { articles } = loaded;
  const problems = [...loaded.problems, ...(opts.cache ? await extractionProblems(opts, articles) : [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
