// Where output goes and how it may look there: colour and box drawing on a
// terminal, plain tab-separated text in a pipe. chalk ignores NO_COLOR, so the
// choice is made here, once, and handed to every renderer.

import { Chalk, type ChalkInstance } from "chalk";

export interface Style {
  /** True on a terminal: aligned tables with borders. */
  readonly tty: boolean;
  readonly color: boolean;
  readonly width: number;
  readonly chalk: ChalkInstance;
}

export interface StyleInput {
  readonly isTTY: boolean;
  readonly columns: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** --no-color on the command line. */
  readonly noColorFlag: boolean;
}

export function resolveStyle(input: StyleInput): Style {
  const { env } = input;
  const forced = env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0" && env["FORCE_COLOR"] !== "false";
  const noColor = (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") || input.noColorFlag || env["TERM"] === "dumb";
  const color = !input.noColorFlag && (forced || (input.isTTY && !noColor));
  return { tty: input.isTTY, color, width: Math.max(40, input.columns ?? 100), chalk: new Chalk({ level: color ? 1 : 0 }) };
}

/** Control characters from article text never reach a terminal raw (escape sequences, OSC 52…). */
export function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
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
