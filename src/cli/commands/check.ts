// `summits check`: the loader's verdict on a corpus, for the people who keep
// one and for their CI. Runs no extraction, so it is quick on a big corpus.
// Problems print as `file:line: severity: message`, the form editors and CI
// logs read, at a terminal and in a pipe alike; --format tsv, csv, json or
// ndjson gives them as data like every other command.

import type { Article, Problem } from "../../corpus/load.js";
import { EXIT } from "../../errors.js";
import { isUnusedField, problemsText } from "../../render/problems.js";
import { problemView } from "../../render/views.js";
import type { GlobalOptions } from "../options.js";
import { listResult, type CommandResult } from "./result.js";

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
  const all = [...loaded.problems, ...(opts.cache ? await extractionProblems(opts, loaded.articles) : [])].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Front-matter fields summits does not use are no problem, except to --strict.
  const problems = flags.strict === true ? all : all.filter((p) => !isUnusedField(p));
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (flags.strict === true && warnings > 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const summary = `checked ${plural(loaded.articles.length, "article")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${failed ? "" : " (ok)"}`;
  const rendered = listResult(problemView, problems, opts, summary);
  const stdout = !opts.output.given && !opts.output.fields ? problemsText(problems) : rendered.stdout;
  return { stdout, exitCode: failed ? EXIT.nothing : EXIT.found, message: summary };
}
