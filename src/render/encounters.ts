// Text views of encounters: the list, one encounter in full, and who attended.

import type { AttendeeRecord, ClaimRecord, EncounterRecord } from "../index/records.js";
import { sanitize, type Style } from "./output.js";
import { renderTable } from "./table.js";

const where = (e: EncounterRecord) => [...new Set([e.location?.venue, e.location?.name, e.location?.country].filter((x): x is string => !!x))].join(", ");
const who = (e: EncounterRecord) => e.participants.map((p) => p.name).join(", ");

export function encountersText(style: Style, list: readonly EncounterRecord[]): string {
  if (list.length === 0) return "";
  return renderTable(style, [{ header: "ID" }, { header: "Date" }, { header: "Kind" }, { header: "Status" }, { header: "Place", grow: 1 }, { header: "Participants", grow: 2 }],
    list.map((e) => [e.id, e.date ?? "?", e.kind + (e.event ? ` (${e.event})` : ""), e.status + (e.disputes.length ? "*" : ""), where(e) || "-", who(e)]));
}

function bySide<T extends { side: string | null }>(items: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const x of items) groups.set(x.side ?? "side unknown", [...(groups.get(x.side ?? "side unknown") ?? []), x]);
  return [...groups];
}

export function encounterText(style: Style, e: EncounterRecord, claims: readonly ClaimRecord[], attendees: readonly AttendeeRecord[], explain = false): string {
  const c = style.chalk;
  const out: string[] = [];
  out.push(c.bold(sanitize(e.title)), `  id:      ${sanitize(e.id)}`, `  date:    ${sanitize(e.date ?? "unknown")}`, `  kind:    ${e.kind}${e.event ? ` at the ${sanitize(e.event)}` : ""}`, `  status:  ${e.status}`);
  out.push(`  place:   ${sanitize(where(e)) || "unknown"}`);
  if (e.topics.length) out.push(`  topics:  ${sanitize(e.topics.join("; "))}`);
  for (const w of e.whereabouts) out.push(`  ${sanitize(w.name)} was in ${sanitize(w.place)}`);
  for (const d of e.disputes.filter((x) => x.field !== "note")) out.push(c.yellow(`  sources disagree: ${d.field}: ${d.values.map((v) => `${sanitize(v.value)} (${sanitize(v.document)})`).join(" vs ")}`));
  if (e.curated.length) out.push(c.cyan(`  curated: ${sanitize(e.curated.join("; "))}`));
  out.push("", c.bold("Participants"));
  const people: ReadonlyArray<{ name: string; role: string | null; side: string | null }> = attendees.length ? attendees : e.participants;
  for (const [side, list] of bySide(people)) {
    out.push(`  ${sanitize(side)}:`);
    for (const p of list) out.push(`    ${sanitize(p.name)}${p.role ? c.dim(` — ${sanitize(p.role)}`) : ""}`);
  }
  if (claims.length) {
    out.push("", c.bold("Claims"));
    for (const q of claims) out.push(`  ${sanitize(q.speaker?.name ?? "unattributed")}: “${sanitize(q.text)}” ${c.dim(`[${sanitize(q.id)}]`)}`);
  }
  out.push("", c.bold("Sources"));
  for (const s of e.sources) out.push(`  ${sanitize(s.document)} [${s.start}–${s.end}]`, `    “${sanitize(s.quote)}”`);
  if (explain) {
    out.push("", c.bold("How it was read"));
    for (const x of e.explanation ?? []) out.push(`  ${sanitize(x.document)} [${x.start}–${x.end}]`, `    ${x.rules.length ? x.rules.map(sanitize).join(" → ") : "curated"}`);
  }
  return `${out.join("\n")}\n`;
}

export function attendeesText(style: Style, e: EncounterRecord, list: readonly AttendeeRecord[]): string {
  const out: string[] = [style.chalk.bold(`${sanitize(e.id)}: ${sanitize(e.title)}`)];
  if (!style.tty) {
    return renderTable(style, [{ header: "Side" }, { header: "Name" }, { header: "Role" }, { header: "Document" }, { header: "Evidence" }],
      list.map((a) => [a.side ?? "", a.name, a.role ?? "", a.evidence.document, a.evidence.quote]));
  }
  const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
  for (const [side, people] of bySide(list)) {
    out.push("", style.chalk.bold(sanitize(side)));
    for (const a of people) {
      out.push(`  ${sanitize(a.name)}${a.role ? style.chalk.dim(` — ${sanitize(a.role)}`) : ""}`);
      out.push(style.chalk.dim(`      ${sanitize(a.evidence.document)} [${a.evidence.start}–${a.evidence.end}]: “${clip(sanitize(a.evidence.quote), Math.max(30, style.width - 40))}”`));
    }
  }
  return `${out.join("\n")}\n`;
}
