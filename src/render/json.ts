// JSON output: one value, indented, newline-terminated. JSON.stringify escapes
// C0 control characters but writes DEL and the C1 range raw, and U+009B is a
// CSI to some terminals, so those are escaped too: article text cannot carry
// an escape sequence through JSON printed to a terminal.

const escapeC1 = (text: string) => text.replace(/[\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

export function renderJson(value: unknown): string {
  return `${escapeC1(JSON.stringify(value, null, 2))}\n`;
}

/** One value on one line, for NDJSON. */
export function renderJsonLine(value: unknown): string {
  return `${escapeC1(JSON.stringify(value))}\n`;
}
