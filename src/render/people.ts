// The prose view of one person, for a terminal.

import type { EncounterRecord, PersonRecord } from "../index/records.js";
import { labelled, paragraph } from "./encounters.js";
import type { Style } from "./output.js";

export function personText(style: Style, p: PersonRecord, encounters: readonly EncounterRecord[]): string {
  const c = style.chalk;
  const field = (label: string, value: string) => labelled(style, label, value, 10);
  const out = [...paragraph(style, p.name).map((l) => c.bold(l)), ...field("id", p.id), ...field("side", p.side ?? "unknown")];
  if (p.roles.length) out.push(...field("roles", p.roles.join("; ")));
  if (p.aliases.length) out.push(...field("also", p.aliases.join("; ")));
  out.push(...field("sources", p.documents.join(", ")), "", c.bold("Encounters"));
  if (encounters.length === 0) out.push("  none");
  for (const e of encounters) out.push(...paragraph(style, `${e.date ?? "undated"}  ${e.id}  ${e.title}`, "  ", "      "));
  return `${out.join("\n")}\n`;
}
