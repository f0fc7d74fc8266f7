// Text views of people.

import type { EncounterRecord, PersonRecord } from "../index/records.js";
import { sanitize, type Style } from "./output.js";
import { renderTable } from "./table.js";

export function peopleText(style: Style, list: readonly PersonRecord[]): string {
  if (list.length === 0) return "";
  return renderTable(style, [{ header: "ID" }, { header: "Name" }, { header: "Side" }, { header: "Roles", grow: 2 }, { header: "Encounters", grow: 1 }],
    list.map((p) => [p.id, p.name, p.side ?? "", p.roles.slice(0, 3).join("; "), String(p.encounters.length)]));
}

export function personText(style: Style, p: PersonRecord, encounters: readonly EncounterRecord[]): string {
  const c = style.chalk;
  const out = [c.bold(sanitize(p.name)), `  id:       ${sanitize(p.id)}`, `  side:     ${sanitize(p.side ?? "unknown")}`];
  if (p.roles.length) out.push(`  roles:    ${sanitize(p.roles.join("; "))}`);
  if (p.aliases.length) out.push(`  also:     ${sanitize(p.aliases.join("; "))}`);
  out.push(`  sources:  ${sanitize(p.documents.join(", "))}`, "", c.bold("Encounters"));
  if (encounters.length === 0) out.push("  none");
  for (const e of encounters) out.push(`  ${sanitize(e.date ?? "undated")}  ${sanitize(e.id)}  ${c.dim(sanitize(e.title))}`);
  return `${out.join("\n")}\n`;
}
