// Corpus problems as the one-line form editors and CI understand:
// `file:line: severity: message`, the line left out when it is not known.

import type { Problem } from "../corpus/load.js";
import { sanitize } from "./output.js";

export function formatProblem(p: Problem): string {
  return `${sanitize(p.file)}${p.line ? `:${p.line}` : ""}: ${p.severity}: ${sanitize(p.message)}`;
}

export function problemsText(list: readonly Problem[]): string {
  return list.map((p) => `${formatProblem(p)}\n`).join("");
}

export function problemJson(p: Problem) {
  return { file: p.file, line: p.line, field: p.field, severity: p.severity, message: p.message };
}
