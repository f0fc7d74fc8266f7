// Prose views of encounters for a terminal: one encounter in full, and who
// attended. Every line is wrapped or cut to the terminal's width; labels hang
// so that a wrapped value stays in its column.

import type { AttendeeRecord, ClaimRecord, EncounterRecord } from "../index/records.js";
import { sanitize, type Style } from "./output.js";
import { placeOf } from "./views.js";
import { truncate, wrap } from "./width.js";

/** `  label:   value`, the value wrapped under itself. */
export function labelled(style: Style, label: string, value: string, pad = 9): string[] {
  const head = `  ${`${label}:`.padEnd(pad)}`;
  return wrap(sanitize(value), style.width, head, " ".repeat(head.length));
}

/** A paragraph wrapped at the terminal's width with a hanging indent. */
export function paragraph(style: Style, text: string, first = "", indent = first): string[] {
  return wrap(sanitize(text), style.width, first, indent);
}

function bySide<T extends { side: string | null }>(items: readonly T[]): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const x of items) groups.set(x.side ?? "side unknown", [...(groups.get(x.side ?? "side unknown") ?? []), x]);
  return [...groups];
}

export function encounterText(style: Style, e: EncounterRecord, claims: readonly ClaimRecord[], attendees: readonly AttendeeRecord[], explain = false): string {
  const c = style.chalk;
  const out: string[] = [];
  out.push(...paragraph(style, e.title).map((l) => c.bold(l)));
  out.push(...labelled(style, "id", e.id), ...labelled(style, "date", e.date ?? "unknown"), ...labelled(style, "kind", `${e.kind}${e.event ? ` at the ${e.event}` : ""}`), ...labelled(style, "status", e.status));
  out.push(...labelled(style, "place", placeOf(e) || "unknown"));
  if (e.topics.length) out.push(...labelled(style, "topics", e.topics.join("; ")));
  for (const w of e.whereabouts) out.push(...paragraph(style, `${w.name} was in ${w.place}`, "  ", "    "));
  for (const d of e.disputes.filter((x) => x.field !== "note")) {
    out.push(...paragraph(style, `sources disagree: ${d.field}: ${d.values.map((v) => `${v.value} (${v.document})`).join(" vs ")}`, "  ", "    ").map((l) => c.yellow(l)));
  }
  if (e.curated.length) out.push(...labelled(style, "curated", e.curated.join("; ")).map((l) => c.cyan(l)));
  out.push("", c.bold("Participants"));
  const people: ReadonlyArray<{ name: string; role: string | null; side: string | null }> = attendees.length ? attendees : e.participants;
  for (const [side, list] of bySide(people)) {
    out.push(...paragraph(style, `${side}:`, "  "));
    for (const p of list) out.push(...paragraph(style, `${p.name}${p.role ? ` — ${p.role}` : ""}`, "    ", "      "));
  }
  if (claims.length) {
    out.push("", c.bold("Claims"));
    for (const q of claims) out.push(...paragraph(style, `${q.speaker?.name ?? "unattributed"}: “${q.text}” [${q.id}]`, "  ", "    "));
  }
  out.push("", c.bold("Sources"));
  for (const s of e.sources) out.push(...paragraph(style, `${s.document} [${s.start}–${s.end}]`, "  ", "    "), ...paragraph(style, `“${s.quote}”`, "    ", "     ").map((l) => c.dim(l)));
  if (explain) {
    out.push("", c.bold("How it was read"));
    for (const x of e.explanation ?? []) out.push(...paragraph(style, `${x.document} [${x.start}–${x.end}]`, "  ", "    "), ...paragraph(style, x.rules.length ? x.rules.join(" → ") : "curated", "    ", "      ").map((l) => c.dim(l)));
  }
  return `${out.join("\n")}\n`;
}

/** Who attended, by side, each with one line of evidence cut to the terminal's width. */
export function attendeesText(style: Style, e: EncounterRecord, list: readonly AttendeeRecord[]): string {
  const out: string[] = paragraph(style, `${e.id}: ${e.title}`).map((l) => style.chalk.bold(l));
  for (const [side, people] of bySide(list)) {
    out.push("", style.chalk.bold(truncate(sanitize(side), style.width)));
    for (const a of people) {
      out.push(...paragraph(style, `${a.name}${a.role ? ` — ${a.role}` : ""}`, "  ", "    "));
      out.push(style.chalk.dim(truncate(`      ${sanitize(a.evidence.document)} [${a.evidence.start}–${a.evidence.end}]: “${sanitize(a.evidence.quote).replace(/\s+/g, " ")}”`, style.width)));
    }
  }
  return `${out.join("\n")}\n`;
}
