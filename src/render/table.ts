// A table: cli-table3 sized to the terminal, or tab-separated lines in a pipe
// so that `cut` and `awk` work on it.

import { loadTable } from "../deferred.js";
import { sanitize, type Style } from "./output.js";

export interface Column {
  readonly header: string;
  /** Share of the spare width this column may take when text wraps. */
  readonly grow?: number;
}

export function renderTable(style: Style, columns: readonly Column[], rows: ReadonlyArray<readonly string[]>): string {
  const clean = rows.map((r) => r.map((c) => sanitize(c).replace(/[\t\r\n]+/g, " ")));
  if (!style.tty) return [columns.map((c) => c.header.toLowerCase()).join("\t"), ...clean.map((r) => r.join("\t"))].join("\n") + "\n";
  const natural = columns.map((c, i) => Math.max(c.header.length, ...clean.map((r) => (r[i] ?? "").length)) + 2);
  const budget = style.width - (columns.length + 1);
  let widths = natural;
  if (natural.reduce((a, b) => a + b, 0) > budget) {
    // Only growing columns wrap; ids, dates and kinds stay whole so they can be copied.
    const fixed = columns.map((c, i) => (c.grow ? 0 : (natural[i] ?? 0)));
    const spare = Math.max(budget - fixed.reduce((a, b) => a + b, 0), columns.filter((c) => c.grow).length * 12);
    const shares = columns.reduce((a, c) => a + (c.grow ?? 0), 0) || 1;
    widths = columns.map((c, i) => (c.grow ? Math.min(natural[i] ?? 0, Math.max(10, Math.floor((spare * c.grow) / shares))) : (fixed[i] ?? 8)));
  }
  const table = new (loadTable())({
    head: columns.map((c) => style.chalk.bold(c.header)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [], compact: true },
  });
  for (const r of clean) table.push([...r]);
  return table.toString() + "\n";
}
