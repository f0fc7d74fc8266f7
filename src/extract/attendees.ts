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
const ACCOMPANIED = /\b(?:accompanied by|joined by|flanked by|along with|alongside|together with|attended (?:only )?by|represented by|(?:were|was) (?:also )?(?:present|in the room)[:,]?|delegation,?\s+(?:which\s+|that\s+)?(?:included|includes|comprising|comprised)|(?:the|his|her|a) delegation (?:of|led by))\s+/gi;
/** The people named before these words were there: "Only Tillerson, Lavrov and two interpreters were in the room." */
const PRESENT_AFTER = /\b(?:were|was)\s+(?:also\s+|all\s+)?(?:in the room|present|at the table|in attendance)\b|\b(?:sat|sitting)\s+(?:in\s+on|with|beside|alongside|next to)\b|\b(?:also\s+)?(?:attended|took part|sat in)\b/i;
/** "George Shultz for the United States and Eduard Shevardnadze for the Soviet Union". */
const FOR_SIDE = /^\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})/u;
const JOINED_DELEGATION = /\b(?:also\s+)?joined the\s+(?:[\p{L}-]+\s+)?delegation\b/giu;

/** ", ", " and ", ", and, on the Russian side, ": what may stand between two names of one list. */
function isListGap(gap: string): boolean {
  const g = gap.replace(/\s+/g, " ").trim().replace(/^,?\s?(?:and)?\s?/, "").replace(/^,?\s?on the [\p{L}-]+ side,$/u, "");
  return g === "";
}

/** "They were joined for a working lunch by …": the agent after "joined … by". */
function joinedBy(text: string): number {
  const at = text.search(/\bjoined\b/i);
  if (at < 0) return -1;
  const by = text.slice(at, at + 70).search(/\sby\s/);
  return by < 0 ? -1 : at + by + 4;
}

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
    const agent = joinedBy(sentence.text);
    const starts = [...sentence.text.matchAll(ACCOMPANIED)].map((m) => ({ at: m.index ?? 0, length: m[0].length }));
    if (agent >= 0 && !starts.some((x) => x.at + x.length === agent)) starts.push({ at: sentence.text.search(/\bjoined\b/i), length: agent - sentence.text.search(/\bjoined\b/i) });
    for (const m of starts) {
      const from = sentence.start + m.at + m.length;
      const before = people.filter((p) => p.end <= from - m.length + 1 && p.start >= sentence.start);
      const principal = before[before.length - 1] ?? null;
      let last = from;
      for (const p of people.filter((x) => x.phraseStart >= from && x.end <= sentence.end)) {
        const gap = body.slice(last, p.phraseStart);
        if (last !== from && !isListGap(gap)) break;
        out.push({ person: p, role: p.role, side: null, accompanies: principal, evidence: { start: sentence.start, end: sentence.end } });
        last = p.end;
      }
    }
    const present = PRESENT_AFTER.exec(sentence.text);
    if (present) {
      const at = sentence.start + present.index;
      const before = people.filter((p) => p.start >= sentence.start && p.end <= at);
      // The coordinated run that ends just before the verb.
      const run: PersonMention[] = [];
      for (let i = before.length - 1; i >= 0; i--) {
        const p = before[i] as PersonMention;
        const gap = body.slice(p.end, run.length ? (run[0] as PersonMention).phraseStart : at);
        if (run.length === 0 ? gap.length > 40 : !isListGap(gap)) break;
        run.unshift(p);
      }
      for (const p of run) out.push({ person: p, role: p.role, side: null, accompanies: null, evidence: { start: sentence.start, end: sentence.end } });
    }
    if (/\b(?:ministers|delegations?|aides|advisers|envoys|officials)\b/i.test(sentence.text)) {
      for (const p of people.filter((x) => x.start >= sentence.start && x.end <= sentence.end)) {
        const m = FOR_SIDE.exec(body.slice(p.end, p.end + 40));
        const side = m ? gaz.country(m[1] ?? "") : null;
        if (side) out.push({ person: p, role: p.role, side, accompanies: null, evidence: { start: sentence.start, end: sentence.end } });
      }
    }
    // "Kirill Dmitriev, head of the fund, also joined the Russian delegation."
    for (const m of sentence.text.matchAll(JOINED_DELEGATION)) {
      const at = sentence.start + (m.index ?? 0);
      const person = people.find((p) => p.start >= sentence.start && p.end <= at);
      if (person) out.push({ person, role: person.role, side: null, accompanies: null, evidence: { start: sentence.start, end: sentence.end } });
    }
  }
  return out;
}
