// Splits an article into front matter and body, by one strict rule, and parses
// the front matter as YAML. The split is ours, not a library's: gray-matter,
// used before, evaluated `---js` front matter with eval, took the language
// after a non-breaking space ("---\u00a0json" was read as JSON) and looked the
// language up in a plain object ("---\u00a0constructor" made Object the
// parser). Here the only language ever parsed is YAML, with the core schema,
// which keeps `2021-06-16` a string instead of a UTC Date that prints as the
// day before west of Greenwich, and caps alias expansion. The YAML library's
// warnings are returned as problems, never printed by the library.

import { parseDocument } from "yaml";

export interface LinedMessage {
  /** 1-based line in the file. */
  readonly line: number;
  readonly message: string;
}

export interface FrontMatterProblem extends LinedMessage {
  readonly severity: "error" | "warning";
}

export interface FrontMatterResult {
  readonly data: Record<string, unknown>;
  /** The text after the front matter; evidence offsets point into it. */
  readonly body: string;
  /** 1-based line of the body's first character in the file. */
  readonly bodyLine: number;
  readonly problems: readonly FrontMatterProblem[];
}

// Front matter is a handful of fields; a few aliases is plenty, and the cap keeps a billion-laughs expansion bounded.
export const MAX_ALIAS_COUNT = 50;

/**
 * The opening fence: `---` alone on the first line, or followed by a language
 * name ("---yaml", "--- js"), with spaces or tabs only around it. Nothing else
 * opens front matter; in particular no other white space (NBSP) may separate
 * the language, so what is taken for a language is exactly what is written.
 */
const OPENING_FENCE = /^---(?:[ \t]*([A-Za-z][A-Za-z0-9_-]*))?[ \t]*(?:\r?\n|$)/;
/** The closing fence: `---` alone on a line. */
const CLOSING_FENCE = /^---[ \t]*(?:\r?\n|$)/m;

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** A fence line as a message may quote it: anything but printable ASCII shown as its code point. */
const shown = (line: string) => line.slice(0, 40).replace(/[^\x20-\x7e]/g, (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`);

/**
 * Parses YAML text whose first line is line `firstLine` of its file. Errors
 * and warnings come back with file lines and one-line messages; the library
 * prints nothing.
 */
export function parseYamlText(text: string, firstLine: number): { value: unknown; error: { line: number | null; message: string } | null; warnings: LinedMessage[] } {
  // CRLF files: the \r would otherwise end up in the last value of a line ("kind: news\r").
  const doc = parseDocument(text.replace(/\r\n?/g, "\n"), { schema: "core", prettyErrors: true });
  const lined = (e: { message: string; linePos?: ReadonlyArray<{ line: number }> | undefined }): LinedMessage => ({
    line: (e.linePos?.[0]?.line ?? 1) + firstLine - 1,
    message: (e.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, ""),
  });
  const warnings = doc.warnings.map(lined);
  const first = doc.errors[0];
  if (first) return { value: null, error: lined(first), warnings };
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), error: null, warnings };
  } catch (err) {
    // The yaml library throws a ReferenceError when alias expansion passes maxAliasCount.
    const message = err instanceof ReferenceError && /alias/i.test(err.message) ? `too many aliases (over ${MAX_ALIAS_COUNT} expansions, a "billion laughs" attack?); rejected` : (err as Error).message.split("\n")[0] ?? "cannot be read";
    return { value: null, error: { line: null, message }, warnings };
  }
}

export function splitFrontMatter(text: string): FrontMatterResult {
  const whole = { data: {}, body: text, bodyLine: 1 };
  // "----" and longer are a Markdown rule, not a fence; and text without "---" on top has no front matter.
  if (!text.startsWith("---") || text.startsWith("----")) return { ...whole, problems: [] };
  const opening = OPENING_FENCE.exec(text);
  const contentStart = opening ? opening[0].length : text.indexOf("\n") + 1 || text.length;
  const closing = CLOSING_FENCE.exec(text.slice(contentStart));
  const bodyStart = closing ? contentStart + closing.index + closing[0].length : null;
  const after = bodyStart === null ? whole : { data: {}, body: text.slice(bodyStart), bodyLine: lineOf(text, bodyStart) };
  const refuse = (message: string, problemLine = 1): FrontMatterResult => ({ ...after, problems: [{ line: problemLine, severity: "error", message }] });

  if (!opening) {
    const firstLine = text.slice(0, contentStart).replace(/\r?\n$/, "");
    return refuse(`front matter not read: its first line must be "---" alone, or "---" and a language name; found "${shown(firstLine)}"`);
  }
  if (bodyStart === null || !closing) return { ...whole, problems: [{ line: 1, severity: "error", message: 'front matter not read: no closing "---" line (the whole file is read as article text)' }] };
  const language = opening[1]?.toLowerCase() ?? "yaml";
  if (language === "js" || language === "javascript") return refuse("JavaScript front matter is not supported (never executed)");
  if (language !== "yaml" && language !== "yml") return refuse(`front matter language "${language}" is not supported`);

  const yaml = parseYamlText(text.slice(contentStart, contentStart + closing.index), 2);
  const warnings = yaml.warnings.map((w): FrontMatterProblem => ({ ...w, severity: "warning", message: `YAML front matter: ${w.message}` }));
  // An error without a place in the text (too many aliases) is put on the fence.
  if (yaml.error) return { ...after, problems: [{ line: yaml.error.line ?? 1, severity: "error", message: `invalid YAML front matter: ${yaml.error.message}` }, ...warnings] };
  const value = yaml.value;
  const data = value && typeof value === "object" && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  return { ...after, data, problems: warnings };
}
