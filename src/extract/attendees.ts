// Delegations: who was in the room besides the principals. Two shapes in news
// copy — a heading with a list ("Who was in the room for the U.S.:" then one
// line per person) and running prose ("accompanied by Secretary of State
// Marco Rubio and special envoy Steve Witkoff").

import type { Gazetteer } from "./gazetteer.js";
import type { PersonMention } from "./people.js";
import { lines, type Sentence } from "./text.js";

export interface AttendeeCandidate {
  readonly person: PersonMention;
  /** The role as the list or sentence gives it ("Putin aide", "Secretary of State"). */
  readonly role: string | null;
  /** The side the heading names, or null where it comes from the person accompanied. */
  readonly side: string | null;
  /** The principal this person came with, for prose delegations. */
  readonly accompanies: PersonMention | null;
  readonly evidence: { readonly start: number; readonly end: number };
}

const LIST_HEADING = /\b(?:in the room|present|attend(?:ing|ed|ees)?|in attendance|at the table|delegation|accompan\w+|joined|participants?|taking part|officials? (?:there|present))\b/i;
const BULLET = /^\s*(?:[-–—•*·]|\d+[.)])\s+/;
const ACCOMPANIED = /\b(?:accompanied by|joined by|flanked by|along with|alongside|together with|whose delegation (?:included|includes)|(?:the|his|her|a) delegation (?:that )?(?:included|includes|comprising|comprised|of))\s+/gi;

function sideOfHeading(heading: string, gaz: Gazetteer): string | null {
  const m = /\bfor\s+(?:the\s+)?(\p{Lu}(?:[\p{L}.\s-]{0,80}[\p{L}.-])?)\s*(?::\s*)?$/u.exec(heading) ?? /\b(?<![\p{L}.-])(?:the\s+)?([\p{Lu}][\p{L}.-]*)\s+(?:delegation|side|team)\b/u.exec(heading);
  const word = (m?.[1] ?? "").trim();
  if (!word) return null;
  if (/^U\.?S\.?A?$/.test(word)) return "United States";
  return gaz.country(word) ?? gaz.countryOfDemonym(word) ?? word;
}

export function findAttendees(body: string, sentences: readonly Sentence[], people: readonly PersonMention[], gaz: Gazetteer): AttendeeCandidate[] {
  const out: AttendeeCandidate[] = [];
  const all = lines(body);
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    if (!line) continue;
    const heading = body.slice(line.start, line.end).trim();
    if (!heading.endsWith(":") || !LIST_HEADING.test(heading)) continue;
    const side = sideOfHeading(heading.slice(0, -1), gaz);
    for (let j = i + 1; j < all.length; j++) {
      const item = all[j];
      if (!item) break;
      const text = body.slice(item.start, item.end);
      if (!text.trim()) {
        if (j === i + 1) continue;
        break;
      }
      if (!BULLET.test(text) && text.trim().endsWith(":")) break;
      const inLine = people.filter((p) => p.start >= item.start && p.end <= item.end);
      const person = inLine[inLine.length - 1];
      if (!person) {
        if (!BULLET.test(text)) break;
        continue;
      }
      const roleStart = item.start + (BULLET.exec(text)?.[0].length ?? 0);
      const role = body.slice(roleStart, person.start).replace(/(?<![\s,;:])[\s,;:]+$/u, "").trim() || person.role;
      const evidenceEnd = item.end - (/(?<![\s,;.])[\s,;.]+$/.exec(text)?.[0].length ?? 0);
      out.push({ person, role, side, accompanies: null, evidence: { start: roleStart, end: Math.max(evidenceEnd, person.end) } });
    }
  }
  for (const sentence of sentences) {
    for (const m of sentence.text.matchAll(ACCOMPANIED)) {
      const from = sentence.start + (m.index ?? 0) + m[0].length;
      const before = people.filter((p) => p.end <= from - m[0].length + 1 && p.start >= sentence.start);
      const principal = before[before.length - 1] ?? null;
      let last = from;
      for (const p of people.filter((x) => x.phraseStart >= from && x.end <= sentence.end)) {
        const gap = body.slice(last, p.phraseStart);
        if (last !== from && !/^\s*(?:,\s*(?:and\s+)?|(?<=\s)and\s+)$/.test(gap)) break;
        out.push({ person: p, role: p.role, side: null, accompanies: principal, evidence: { start: sentence.start, end: sentence.end } });
        last = p.end;
      }
    }
  }
  return out;
}
