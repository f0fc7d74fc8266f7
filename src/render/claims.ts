// Text view of claims.

import type { ClaimRecord } from "../index/records.js";
import type { Style } from "./output.js";
import { renderTable } from "./table.js";

export function claimsText(style: Style, list: readonly ClaimRecord[]): string {
  if (list.length === 0) return "";
  return renderTable(style, [{ header: "ID" }, { header: "Speaker", grow: 1 }, { header: "Claim", grow: 4 }, { header: "Encounter" }],
    list.map((c) => [c.id, c.speaker?.name ?? "-", c.text, c.encounter ?? "-"]));
}
