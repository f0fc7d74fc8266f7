// JSON output: one value, indented, newline-terminated. JSON.stringify escapes
// control characters, so article text cannot carry escape sequences through.

export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
