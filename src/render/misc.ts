// Text views of the documents and of search hits.

import type { SearchHit } from "../query/search.js";
import type { DocumentRecord } from "../index/records.js";
import type { Style } from "./output.js";
import { renderTable } from "./table.js";

export function sourcesText(style: Style, list: readonly DocumentRecord[]): string {
  if (list.length === 0) return "";
  return renderTable(style, [{ header: "Document" }, { header: "Publisher", grow: 1 }, { header: "Published" }, { header: "Kind" }, { header: "Encounters", grow: 2 }, { header: "Claims" }, { header: "People" }],
    list.map((d) => [d.id, d.publisher ?? "-", d.published ?? "unknown", d.kind ?? "-", d.encounters.join(", ") || "-", String(d.claims), String(d.people)]));
}

export function searchText(style: Style, hits: readonly SearchHit[]): string {
  if (hits.length === 0) return "";
  return renderTable(style, [{ header: "Type" }, { header: "ID" }, { header: "Match", grow: 1 }, { header: "Score" }], hits.map((h) => [h.type, h.id, h.label, h.score.toFixed(3)]));
}
