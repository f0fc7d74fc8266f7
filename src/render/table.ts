// Records as rows: a table that fits the terminal, or tab- or comma-separated
// data for scripts. One header row, one line a record, always.
//
// A table fits its width by rules, in order: every cell starts at its natural
// width; while the row is too wide, a column that may shrink is cut (with "…")
// down to its minimum, widest first; when all are at their minimum, the least
// important column (highest priority number) is dropped and named in a note.
// `--wide` turns all of that off. Ids and dates never shrink: they are copied.

import { displayWidth, padEnd, truncate } from "./width.js";
import { sanitize, type Style } from "./output.js";

export interface Column {
  readonly header: string;
  /** 0 is never dropped; otherwise the highest number is dropped first when the terminal is narrow. */
  readonly priority: number;
  /** Shown whole or not at all (ids, dates, counts). */
  readonly fixed?: boolean;
  /** Narrowest a shrinking column gets before columns are dropped instead. */
  readonly min?: number;
}

export interface TableOptions {
  readonly width: number;
  /** Show every column, whole (--wide). */
  readonly wide: boolean;
}

const GAP = 2;

/** One cell of data: one line, no tabs, nothing a terminal would act on. */
export const cellText = (text: string) => sanitize(text).replace(/[\t\r\n]+/g, " ").trim();

export interface Layout {
  /** Index into the columns of each column shown, in order. */
  readonly shown: readonly number[];
  readonly widths: readonly number[];
  readonly hidden: readonly string[];
}

/** Which columns to show and how wide, so that a row fits `width` columns. */
export function layout(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, opts: TableOptions): Layout {
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ""))));
  let shown = columns.map((_, i) => i);
  const total = (ws: readonly number[]) => ws.reduce((a, b) => a + b, 0) + GAP * Math.max(0, ws.length - 1);
  if (opts.wide) return { shown, widths: natural, hidden: [] };
  const minOf = (i: number) => {
    const c = columns[i] as Column;
    return c.fixed ? (natural[i] as number) : Math.min(natural[i] as number, Math.max(c.min ?? 8, displayWidth(c.header)));
  };
  const hidden: string[] = [];
  for (;;) {
    const widths = shown.map((i) => natural[i] as number);
    const excess = total(widths) - opts.width;
    if (excess <= 0) return { shown, widths, hidden };
    const room = shown.reduce((a, i, k) => a + ((widths[k] as number) - minOf(i)), 0);
    if (room >= excess) {
      // Cut where there is most to spare above each column's minimum: long text gives way before short.
      let left = excess;
      while (left > 0) {
        let best = -1;
        let bestSlack = 0;
        shown.forEach((i, k) => {
          const slack = (widths[k] as number) - minOf(i);
          if (slack > bestSlack) {
            best = k;
            bestSlack = slack;
          }
        });
        if (best < 0) break;
        widths[best] = (widths[best] as number) - 1;
        left--;
      }
      return { shown, widths, hidden };
    }
    const droppable = shown.filter((i) => (columns[i] as Column).priority > 0);
    if (droppable.length === 0) return { shown, widths: shown.map(minOf), hidden };
    const drop = droppable.reduce((a, b) => ((columns[b] as Column).priority >= (columns[a] as Column).priority ? b : a));
    hidden.push((columns[drop] as Column).header.toLowerCase());
    shown = shown.filter((i) => i !== drop);
  }
}

/** A table for a terminal: a bold header row, cells cut to fit, and a note naming any column left out. */
export function renderTable(style: Style, columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, opts: TableOptions): string {
  const clean = rows.map((r) => r.map(cellText));
  const { shown, widths, hidden } = layout(columns, clean, opts);
  const line = (cells: readonly string[], paint: (s: string) => string = (s) => s) =>
    shown.map((i, k) => {
      const w = widths[k] as number;
      const text = truncate(cells[i] ?? "", w);
      return k === shown.length - 1 ? paint(text) : paint(padEnd(text, w));
    }).join(" ".repeat(GAP)).trimEnd();
  const out = [line(columns.map((c) => c.header), style.chalk.bold), ...clean.map((r) => line(r))];
  if (hidden.length) out.push(style.chalk.dim(truncate(`(${hidden.join(", ")} left out to fit ${opts.width} columns; --wide shows all)`, opts.width)));
  return `${out.join("\n")}\n`;
}

/** Tab-separated values: a lower-case header row, then one line a record. */
export function renderTsv(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [headers, ...rows].map((r) => r.map(cellText).join("\t")).join("\n") + "\n";
}

/** Comma-separated values, quoted as RFC 4180 says; lines end in \n, as Unix tools expect, and a cell is one line. */
export function renderCsv(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const quote = (s: string) => (/[",]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  return [headers, ...rows].map((r) => r.map((c) => quote(cellText(c))).join(",")).join("\n") + "\n";
}
