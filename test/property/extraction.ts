// What must hold of any extraction, whatever the text: every offset points at
// the words it claims, inside the body, and every date is a calendar value.
// Shared by the tests that feed extractDocument hostile or recombined text.

import { expect } from "vitest";
import type { DocumentExtraction } from "../../src/extract/document.js";

const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Violations of the invariants, as readable strings (empty when all hold), so a failure names every case at once. */
export function extractionViolations(body: string, x: DocumentExtraction): string[] {
  const out: string[] = [];
  const span = (what: string, s: Span) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= body.length)) out.push(`${what}: span ${s.start}–${s.end} outside 0–${body.length}`);
  };
  const exact = (what: string, s: Span, text: string) => {
    span(what, s);
    if (body.slice(s.start, s.end) !== text) out.push(`${what}: body[${s.start}–${s.end}] is ${JSON.stringify(body.slice(s.start, s.end))}, not ${JSON.stringify(text)}`);
  };
  // A person's span may hold another mention of them ("The Russian president" for Vladimir Putin), so only its bounds are checked.
  for (const p of x.people) {
    span(`person ${p.name}`, p);
    if (!(p.phraseStart >= 0 && p.phraseStart <= p.start)) out.push(`person ${p.name}: phraseStart ${p.phraseStart} after start ${p.start}`);
  }
  // A dateline place has an empty span at the top of the body; any other place is the words it names.
  const place = (what: string, p: Span & { readonly text: string }) => (p.start === p.end ? span(what, p) : exact(what, p, p.text));
  for (const e of x.encounters) {
    span(`encounter ${e.kind}`, e.evidence);
    if (e.date !== null && !DATE.test(e.date)) out.push(`encounter date ${JSON.stringify(e.date)}`);
    if (e.place) place(`place ${e.place.text}`, e.place);
    for (const p of e.participants) span(`participant ${p.name}`, p);
  }
  for (const a of x.attendees) {
    span(`attendee ${a.person.name}`, a.evidence);
    span(`attendee ${a.person.name}`, a.person);
  }
  // A claim's text is its span, trimmed of the closing stop and a "(Source: …)" credit.
  for (const c of x.claims) {
    span("claim evidence", c.evidence);
    span("claim", { start: c.textStart, end: c.textEnd });
    if (!body.slice(c.textStart, c.textEnd).includes(c.text)) out.push(`claim ${JSON.stringify(c.text)} is not within body[${c.textStart}–${c.textEnd}]`);
  }
  for (const v of x.venues) place(`venue ${v.text}`, v);
  return out;
}

export function expectExactExtraction(body: string, x: DocumentExtraction): void {
  expect(extractionViolations(body, x)).toEqual([]);
}
