// Splits an article into front matter and body. gray-matter evaluates
// `---js` front matter with eval and `engines: {js: false}` does not stop it,
// so the JavaScript engines are replaced by ones that refuse. YAML is parsed
// with the core schema, which keeps `2021-06-16` a string instead of a UTC Date
// that prints as the day before west of Greenwich, and caps alias expansion.

import matter from "gray-matter";
import { parse as parseYaml, YAMLParseError } from "yaml";

export interface FrontMatterResult {
  readonly data: Record<string, unknown>;
  /** The text after the front matter; evidence offsets point into it. */
  readonly body: string;
  /** 1-based line of the body's first character in the file. */
  readonly bodyLine: number;
  readonly problem: { readonly line: number; readonly message: string } | null;
}

// Front matter is a handful of fields; a few aliases is plenty, and the cap keeps a billion-laughs expansion bounded.
export const MAX_ALIAS_COUNT = 50;

class UnsupportedFrontMatter extends Error {}

function refuse(): never {
  throw new UnsupportedFrontMatter("JavaScript front matter is not supported (never executed)");
}

const OPTIONS = {
  language: "yaml",
  engines: {
    yaml: (s: string) => {
      // gray-matter leaves the \r of CRLF files on the last line ("kind: news\r").
      const value: unknown = parseYaml(s.replace(/\r\n?/g, "\n"), { schema: "core", maxAliasCount: MAX_ALIAS_COUNT, prettyErrors: true });
      return (value && typeof value === "object" && !Array.isArray(value) ? value : {}) as object;
    },
    js: refuse,
    javascript: refuse,
  },
};

const FENCE = /^(---|\+\+\+)([^\n]*)\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;

/** Where the body starts when the front matter cannot be parsed: after the closing fence. */
function bodyAfterFence(text: string): { body: string; offset: number } | null {
  const m = FENCE.exec(text);
  return m ? { body: text.slice(m[0].length), offset: m[0].length } : null;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

export function splitFrontMatter(text: string): FrontMatterResult {
  if (!/^(?:---|\+\+\+)/.test(text)) return { data: {}, body: text, bodyLine: 1, problem: null };
  const fence = bodyAfterFence(text);
  const language = /^---[ \t]*([A-Za-z]*)/.exec(text)?.[1]?.toLowerCase() ?? "";
  if (language && language !== "yaml" && language !== "yml") {
    const at = fence?.offset ?? 0;
    return {
      data: {},
      body: fence?.body ?? text,
      bodyLine: lineOf(text, at),
      problem: { line: 1, message: language === "js" || language === "javascript" ? "JavaScript front matter is not supported (never executed)" : `front matter language "${language}" is not supported` },
    };
  }
  try {
    // A fresh options object each call: gray-matter caches results per input otherwise and hands out shared objects.
    const file = matter(text, { ...OPTIONS, engines: { ...OPTIONS.engines } });
    const body = file.content;
    const offset = text.length - body.length;
    return { data: { ...(file.data as Record<string, unknown>) }, body, bodyLine: lineOf(text, offset), problem: null };
  } catch (err) {
    const at = fence?.offset ?? 0;
    let line = 1;
    let message = err instanceof Error ? err.message.split("\n")[0] ?? "invalid front matter" : "invalid front matter";
    if (err instanceof YAMLParseError) {
      // gray-matter hands over the text from just after the opening `---`, newline included, so YAML's line is the file's.
      line = err.linePos?.[0]?.line ?? 1;
      message = `invalid YAML front matter: ${err.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`;
    } else if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      message = `invalid YAML front matter: too many aliases (over ${MAX_ALIAS_COUNT} expansions, a "billion laughs" attack?); rejected`;
    } else if (!(err instanceof UnsupportedFrontMatter)) {
      message = `invalid front matter: ${message}`;
    }
    return { data: {}, body: fence?.body ?? text, bodyLine: lineOf(text, at), problem: { line, message } };
  }
}
