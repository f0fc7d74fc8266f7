// Text → sentences and paragraphs with offsets into the body. Offsets are
// JavaScript string indices so that body.slice(start, end) is the quote.

import { fold } from "../fold.js";

export interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Index of the paragraph (a run of non-blank lines; each line of a list counts as its own). */
  readonly paragraph: number;
  readonly index: number;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "sen", "rep",
  "gov", "pres", "prof", "rev", "hon", "no", "vs", "a.m", "p.m", "jan", "feb", "mar", "apr", "aug", "sept",
  "sep", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "mt", "ft", "i.e", "e.g", "approx", "dept", "est",
  "gov't", "u.s", "u.k", "u.n", "e.u", "d.c",
]);

/** Lines of the body with their offsets; every line is a paragraph of its own in news copy. */
export function lines(body: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body[i] === "\n") {
      let end = i;
      if (end > start && body[end - 1] === "\r") end--;
      out.push({ start, end });
      start = i + 1;
    }
  }
  return out;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.'’]/u.test(text[i - 1] ?? "")) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials such as "W." or "U.S." never end a sentence in news copy.
  return /^(?:\p{L}\.)*\p{Lu}$/u.test(text.slice(i, dot)) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/** Splits the body into sentences; never across a line break. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const line of lines(body)) {
    const raw = body.slice(line.start, line.end);
    if (!raw.trim()) continue;
    let segStart = line.start;
    const re = /(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d—–-])/gu;
    for (const m of raw.matchAll(re)) {
      const dotAt = line.start + (m.index ?? 0);
      if (body[dotAt] === "." && m[0].length === 1 && endsWithAbbreviation(body, dotAt)) continue;
      const end = dotAt + m[0].length;
      pushTrimmed(out, body, segStart, end, paragraph);
      segStart = end;
    }
    pushTrimmed(out, body, segStart, line.end, paragraph);
    paragraph++;
  }
  return out.map((s, index) => ({ ...s, index }));
}

function pushTrimmed(out: Sentence[], body: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(body[start] ?? "")) start++;
  const bullet = /^[-–—•*·][ \t]+/.exec(body.slice(start, Math.min(end, start + 4)));
  if (bullet) start += bullet[0].length;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end--;
  if (end > start) out.push({ start, end, text: body.slice(start, end), paragraph, index: 0 });
}

/** Lowercase, accents folded: the form names and places are compared in. */
export { fold };

/** A lowercase ASCII slug: the form every id takes. */
export function slugify(s: string): string {
  return fold(s)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|(?<!-)-+$/g, "");
}

/** Spans of quoted text (straight, curly or mixed quotes) inside a string. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark. */
  readonly close: number;
  /** The words between the marks. */
  readonly innerStart: number;
  readonly innerEnd: number;
}

const OPENERS = new Set(['"', "“", "„", "«"]);

/**
 * Finds quotations in one paragraph. Real copy mixes marks ("…very constructive'),
 * so a quotation opened by a double mark may close on any closing mark that is
 * not an apostrophe inside a word.
 */
export function findQuotations(text: string, offset = 0, maxLength = 1500): QuotedSpan[] {
  const out: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? "";
    const opensHere = OPENERS.has(ch) || (ch === "‘" && /\p{L}/u.test(text[i + 1] ?? ""));
    if (!opensHere || (ch === '"' && /[\p{L}\d]/u.test(text[i - 1] ?? ""))) {
      i++;
      continue;
    }
    let j = i + 1;
    let closed = -1;
    for (; j < text.length && j - i <= maxLength; j++) {
      const c = text[j] ?? "";
      if (c === "\n") break;
      if (c === '"' || c === "”" || c === "»" || c === "“") {
        closed = j;
        break;
      }
      if ((c === "'" || c === "’") && ch !== "“" && /[^\p{L}]|^$/u.test(text[j + 1] ?? "") && !/\s/.test(text[j - 1] ?? " ") && !/s$/i.test(text.slice(j - 1, j))) {
        closed = j;
        break;
      }
      if (c === "’" && ch === "‘" && !/\p{L}/u.test(text[j + 1] ?? "")) {
        closed = j;
        break;
      }
    }
    if (closed < 0 || closed === i + 1) {
      i++;
      continue;
    }
    out.push({ open: offset + i, close: offset + closed + 1, innerStart: offset + i + 1, innerEnd: offset + closed });
    i = closed + 1;
  }
  return out;
}
