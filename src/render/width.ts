// How many terminal columns text takes, and how to make it take fewer: what
// every table and paragraph needs to fit the terminal. Colour codes take no
// column; East Asian wide and fullwidth characters and emoji take two;
// combining marks, zero-width joiners and variation selectors take none.
// Measured by grapheme cluster, so a flag or a family emoji is one picture.

import { eastAsianWidth } from "get-east-asian-width";

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, "");
}

/** Grapheme clusters; the segmenter is made when first needed (it loads ICU data), not at start-up. */
const graphemes = (text: string) => new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text);
const ZERO_WIDTH = /^[\p{M}\p{Cf}\p{Cc}]+$/u;
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

function clusterWidth(cluster: string): number {
  if (ZERO_WIDTH.test(cluster)) return 0;
  // An emoji, or a pictograph asked to show as one (U+FE0F), fills two cells.
  if (PICTOGRAPH.test(cluster) && (cluster.includes("\ufe0f") || cluster.length > 1 || eastAsianWidth(cluster.codePointAt(0) as number) === 2)) return 2;
  return eastAsianWidth(cluster.codePointAt(0) as number);
}

/** Display width of text in a terminal, colour codes excluded. */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text);
  // Printable ASCII is one column a character: the common case, without segmenting.
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const { segment } of graphemes(plain)) width += clusterWidth(segment);
  return width;
}

/** Text cut to at most `width` columns, with "…" when anything was cut. Expects text without colour codes. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return "";
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = clusterWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** Pads text with spaces to `width` columns (never cuts). */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Wraps one paragraph at `width` columns: the first line after `first`, the
 * others after `indent` (a hanging indent). Breaks at spaces; a word longer
 * than a line is cut so that no line is ever wider than the terminal.
 */
export function wrap(text: string, width: number, first = "", indent = first): string[] {
  const lines: string[] = [];
  let line = first;
  let lineWidth = displayWidth(first);
  let empty = true;
  const push = () => {
    lines.push(line.trimEnd());
    line = indent;
    lineWidth = displayWidth(indent);
    empty = true;
  };
  for (const word of text.split(/ +/).filter(Boolean)) {
    const w = displayWidth(word);
    if (!empty && lineWidth + 1 + w > width) push();
    if (lineWidth + (empty ? 0 : 1) + w <= width) {
      line += empty ? word : ` ${word}`;
      lineWidth += (empty ? 0 : 1) + w;
      empty = false;
      continue;
    }
    // A word wider than a whole line is cut, so that no line is wider than the terminal.
    for (const { segment } of graphemes(word)) {
      const sw = clusterWidth(segment);
      if (!empty && lineWidth + sw > width) push();
      line += segment;
      lineWidth += sw;
      empty = false;
    }
  }
  if (!empty || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
