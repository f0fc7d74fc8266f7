// Corpus problems as the one-line form editors and CI understand:
// `file:line: severity: message`, the line left out when it is not known.
// File names and messages quote the corpus (a field name, a YAML warning), so
// each is made one line: a newline in a file name cannot forge a problem.

import type { Problem } from "../corpus/load.js";
import { oneLine } from "./output.js";

export function formatProblem(p: Problem): string {
  return `${oneLine(p.file)}${p.line ? `:${p.line}` : ""}: ${p.severity}: ${oneLine(p.message)}`;
}

export function problemsText(list: readonly Problem[]): string {
  return list.map((p) => `${formatProblem(p)}\n`).join("");
}

export function problemJson(p: Problem) {
  return { file: p.file, line: p.line, field: p.field, severity: p.severity, message: p.message };
}

/**
 * A front-matter field summits does not use (`license`, `tags`, `author`…):
 * kept quiet on every run, listed by `summits check --strict` only. Known by
 * the loader's message, which is the only mark it carries.
 */
export function isUnusedField(p: Problem): boolean {
  return p.severity === "warning" && p.field !== null && p.message.endsWith("unknown field (ignored)");
}
