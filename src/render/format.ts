// Records → the format asked for: a table for a person at a terminal; TSV,
// CSV, JSON or NDJSON for a script. A view says, once per kind of record,
// which columns a table and the data formats show and what its JSON is.

import { renderJson, renderJsonLine } from "./json.js";
import { sanitize, type Style } from "./output.js";
import { renderCsv, renderTable, renderTsv, type Column } from "./table.js";

export const FORMATS = ["table", "tsv", "csv", "json", "ndjson"] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputOptions {
  readonly format: Format;
  /** `--json id,date`: the JSON keys to print, in this order; null: all. */
  readonly fields: readonly string[] | null;
  /** Every column, nothing cut (--wide). */
  readonly wide: boolean;
  /** The format was asked for (--format, --json), not chosen from where the output goes. */
  readonly given: boolean;
}

export interface ViewColumn<T> extends Column {
  /** The column's name in TSV and CSV headers (lower case, no spaces). */
  readonly name: string;
  readonly cell: (record: T) => string;
  /** Only in a terminal table (a marker) or only in data (what a marker stands for). */
  readonly only?: "table" | "data";
}

export interface View<T> {
  /** What one record is called, plural: "encounters". */
  readonly noun: string;
  readonly columns: ReadonlyArray<ViewColumn<T>>;
  readonly json: (record: T) => Record<string, unknown>;
  /** The JSON keys, in order. */
  readonly fields: readonly string[];
  /** A line under a terminal table that explains a marker in it, when one is shown. */
  readonly legend?: (records: readonly T[]) => string | null;
}

/** One JSON value as one cell: names of people, places and documents rather than objects. */
export function flatten(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(flatten).join("; ");
  const o = value as Record<string, unknown>;
  if (typeof o["name"] === "string") return o["name"];
  if (typeof o["document"] === "string" && typeof o["start"] === "number") return `${o["document"]}:${o["start"]}-${String(o["end"])}`;
  if (typeof o["field"] === "string" && Array.isArray(o["values"])) return `${o["field"]}: ${flatten((o["values"] as Array<{ value: unknown }>).map((v) => v.value))}`;
  return JSON.stringify(value);
}

function pick(json: Record<string, unknown>, fields: readonly string[] | null): Record<string, unknown> {
  if (!fields) return json;
  return Object.fromEntries(fields.map((f) => [f, json[f]]));
}

/** Columns made of chosen JSON fields, for `--fields` with a table, TSV or CSV. */
function fieldColumns<T>(view: View<T>, fields: readonly string[]): Array<ViewColumn<T>> {
  return fields.map((f, i) => ({ name: f, header: f, priority: i === 0 ? 0 : i, cell: (r: T) => flatten(view.json(r)[f]) }));
}

/** A list of records in the format asked for. */
export function renderList<T>(view: View<T>, records: readonly T[], out: OutputOptions, style: Style): string {
  switch (out.format) {
    case "json":
      return renderJson(records.map((r) => pick(view.json(r), out.fields)));
    case "ndjson":
      return records.map((r) => renderJsonLine(pick(view.json(r), out.fields))).join("");
    case "tsv":
    case "csv": {
      const columns = out.fields ? fieldColumns(view, out.fields) : view.columns.filter((c) => c.only !== "table");
      const rows = records.map((r) => columns.map((c) => c.cell(r)));
      return (out.format === "tsv" ? renderTsv : renderCsv)(columns.map((c) => c.name), rows);
    }
    case "table": {
      if (records.length === 0) return "";
      const columns = out.fields ? fieldColumns(view, out.fields) : view.columns.filter((c) => c.only !== "data");
      const table = renderTable(style, columns, records.map((r) => columns.map((c) => c.cell(r))), { width: style.width, wide: out.wide });
      const legend = out.fields ? null : view.legend?.(records);
      return legend ? `${table}${style.chalk.dim(sanitize(legend))}\n` : table;
    }
  }
}

/** One record: prose at a terminal, one row of data or one JSON object otherwise. */
export function renderOne<T>(view: View<T>, record: T, out: OutputOptions, style: Style, prose: () => string): string {
  if (out.format === "json") return renderJson(pick(view.json(record), out.fields));
  if (out.format === "table" && !out.fields) return prose();
  return renderList(view, [record], out, style);
}
