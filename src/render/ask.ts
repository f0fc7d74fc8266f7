// The answer to a question, as text and as JSON. The JSON keeps the contract
// {question, intent, people, results, count} first; results take the shape of
// the records they are (encounters, attendees or claims).

import { attendeeJson, claimJson, encounterJson } from "../index/records.js";
import type { AskAnswer } from "../query/ask.js";
import { attendeesText, encountersText } from "./encounters.js";
import { claimsText } from "./claims.js";
import { sanitize, type Style } from "./output.js";

export function askJson(a: AskAnswer) {
  const r = a.results;
  const results = r.type === "encounters" ? r.items.map(encounterJson) : r.type === "attendees" ? r.items.map(attendeeJson) : r.type === "claims" ? r.items.map(claimJson) : [];
  return {
    question: a.question,
    intent: a.understood.intent,
    people: a.understood.people.map((p) => ({ id: p.id, name: p.name })),
    results,
    count: a.count,
    resultType: r.type,
    understood: a.reading,
    answer: a.answer,
    announced: a.announced.map(encounterJson),
    notes: [...a.notes],
  };
}

export function askText(style: Style, a: AskAnswer): string {
  const c = style.chalk;
  const out = [c.dim(`understood: ${sanitize(a.reading)}`), c.bold(sanitize(a.answer))];
  for (const n of a.notes) out.push(c.yellow(sanitize(n)));
  const r = a.results;
  let body = "";
  if (r.type === "encounters") body = encountersText(style, r.items);
  else if (r.type === "attendees") body = attendeesText(style, r.encounter, r.items);
  else if (r.type === "claims") body = claimsText(style, r.items);
  if (body) out.push("", body.trimEnd());
  if (a.announced.length) out.push("", c.bold("Announced, not reported as held:"), encountersText(style, a.announced).trimEnd());
  return `${out.join("\n")}\n`;
}
