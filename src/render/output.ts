// Where output goes and how it may look there: colour and box drawing on a
// terminal, plain tab-separated text in a pipe. Whether to colour (NO_COLOR,
// FORCE_COLOR, --no-color, TERM=dumb) is decided here, once, and handed to
// every renderer.

/**
 * The four styles summits uses, as ANSI SGR codes. Not chalk: importing it
 * (with its terminal detection, which summits does itself) took ~14 ms of a
 * ~45 ms start.
 */
export interface Paint {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly yellow: (text: string) => string;
}

function painter(color: boolean): Paint {
  // A nested style's close code would end the outer one too, so the outer one is reopened after it (as chalk does).
  const sgr = (open: number, close: number) => (text: string) => {
    if (!color || !text) return text;
    const o = `\u001b[${open}m`;
    const c = `\u001b[${close}m`;
    // Closed before each line break and reopened after it, so a pager that cuts lines keeps the rest unstyled.
    return `${o}${text.replaceAll(c, `${c}${o}`).replaceAll("\n", `${c}\n${o}`)}${c}`;
  };
  return { bold: sgr(1, 22), dim: sgr(2, 22), cyan: sgr(36, 39), yellow: sgr(33, 39) };
}

export interface Style {
  /** True on a terminal: aligned tables with borders. */
  readonly tty: boolean;
  readonly color: boolean;
  readonly width: number;
  readonly chalk: Paint;
}

export interface StyleInput {
  readonly isTTY: boolean;
  readonly columns: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** --no-color on the command line. */
  readonly noColorFlag: boolean;
}

/**
 * Colour, as the supports-color convention has it: --no-color wins; then
 * FORCE_COLOR (0 or "false" off; 1, 2, 3, "true" or empty on, even in a
 * pipe); then NO_COLOR (set and not empty: off) and TERM=dumb; else colour
 * on a terminal only.
 */
export function colorWanted(input: StyleInput): boolean {
  const { env } = input;
  if (input.noColorFlag) return false;
  const force = env["FORCE_COLOR"];
  if (force !== undefined) return !(force === "0" || force.toLowerCase() === "false");
  if ((env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") || env["TERM"] === "dumb") return false;
  return input.isTTY;
}

/** Terminal width when it is known, else 80; never narrower than 40, where nothing useful fits. */
export const DEFAULT_WIDTH = 80;

export function resolveStyle(input: StyleInput): Style {
  const color = colorWanted(input);
  return { tty: input.isTTY, color, width: Math.max(40, input.columns || DEFAULT_WIDTH), chalk: painter(color) };
}

// Escape sequences (CSI, OSC) as a whole, so their parameters do not survive as text.
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
// Control characters (C0 but tab and newline, DEL, C1) and the bidirectional controls, which reorder
// what a terminal shows (U+202E makes "exe.md" of "dm.exe") without being visible themselves.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Bidi_Control}]/gu;

/** Multi-line text from a corpus (article text, quotes) as a terminal may show it: escape sequences, controls and bidi controls removed. */
export function sanitize(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(INVISIBLE, "");
}

// Everything that could end, reorder or restyle a line: controls (tab and newline included), the
// Unicode line and paragraph separators, and the bidirectional controls.
// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Bidi_Control}]/gu;
const NAMED_ESCAPES: ReadonlyMap<string, string> = new Map([["\n", "\\n"], ["\r", "\\r"], ["\t", "\\t"]]);

/**
 * A string a user or a corpus supplied, echoed inside one line of output: a
 * file name, a title, a question, an id, a field name. Every character that
 * could break, reorder or restyle the line is shown as an escape (`\n`,
 * `\u{202e}`), so `evil\nother.md` cannot forge a second problem line and the
 * reader still sees which file is meant.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, (ch) => NAMED_ESCAPES.get(ch) ?? `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}

const SGR = /(\u001b\[[0-9;]*m)/;

/**
 * The last guard before text reaches stdout: renderers sanitize the article
 * text they interpolate, and this keeps a missed path from ever writing a raw
 * escape sequence. Only the colour codes chalk writes survive, and only when
 * colour is on.
 */
export function terminalSafe(text: string, color: boolean): string {
  if (!color) return sanitize(text);
  return text.split(SGR).map((part, i) => (i % 2 === 1 ? part : sanitize(part))).join("");
}
