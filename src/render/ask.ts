// The answer to a question, as text and as JSON. The JSON keeps the contract
// {question, intent, people, results, count} first; results take the shape of
// the records they are (encounters, attendees or claims). At a terminal the
// reading and the answer are prose wrapped to the width, above the records'
// table; in a pipe only the records are data, and the answer is one line for
// stderr (see askCommand).

import { attendeeJson, claimJson, encounterJson } from "../index/records.js";
import type { AskAnswer } from "../query/ask.js";
import { attendeesText, paragraph } from "./encounters.js";
import { renderList, type OutputOptions, type View } from "./format.js";
import type { Style } from "./output.js";
import { attendeeView, claimView, encounterView } from "./views.js";

export function askJson(a: AskAnswer) {
  const r = a.results;
  const u = a.understood;
  const results = r.type === "encounters" ? r.items.map(encounterJson) : r.type === "attendees" ? r.items.map(attendeeJson) : r.type === "claims" ? r.items.map(claimJson) : [];
  return {
    question: a.question,
    intent: u.intent,
    people: u.people.map((p) => ({ id: p.id, name: p.name })),
    results,
    count: a.count,
    resultType: r.type,
    understood: a.reading,
    answer: a.answer,
    announced: a.announced.map(encounterJson),
    notes: [...a.notes],
    disputed: a.disputed.map((e) => e.id),
    found: a.found,
    places: [...u.places],
    from: u.range?.from ?? null,
    to: u.range?.to ?? null,
    kind: u.kind,
    order: u.order,
    topic: [...u.topic],
    corrections: u.corrections.map((c) => ({ typed: c.typed, read: c.read })),
    ignored: [...u.ignored],
    unknown: [...u.unknown],
  };
}

/** The view and records of an answer's results, for the table and data formats. */
export function askRecords(a: AskAnswer): { view: View<never>; items: readonly never[] } {
  const r = a.results;
  const view = r.type === "attendees" ? attendeeView : r.type === "claims" ? claimView : encounterView;
  return { view: view as unknown as View<never>, items: r.items as readonly never[] };
}

export function askText(style: Style, out: OutputOptions, a: AskAnswer): string {
  const c = style.chalk;
  const lines = [...paragraph(style, `understood: ${a.reading}`, "", "  ").map((l) => c.dim(l)), ...paragraph(style, a.answer, "", "  ").map((l) => c.bold(l))];
  for (const n of a.notes) lines.push(...paragraph(style, n, "", "  ").map((l) => c.yellow(l)));
  const r = a.results;
  let body = "";
  if (r.type === "attendees" && !out.fields) body = attendeesText(style, r.encounter, r.items);
  else if (r.items.length) {
    const { view, items } = askRecords(a);
    body = renderList(view, items, out, style);
  }
  if (body) lines.push("", body.trimEnd());
  if (a.announced.length) lines.push("", c.bold("Announced, not reported as held:"), renderList(encounterView, a.announced, out, style).trimEnd());
  return `${lines.join("\n")}\n`;
}
