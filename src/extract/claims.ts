// Claims: quotations and reported statements with their speaker.
//   "…," Putin said.            — speaker after the quotation
//   Biden said …: "…"           — speaker before it
//   Putin called the talks "…"  — a characterisation in the speaker's words
//   As TIME reported, …         — a statement credited to a source
//   Obama described the talks as candid — reported speech

import { CHARACTERISING_VERBS, SPEECH_VERBS } from "./lexicon.js";
import type { PersonMention } from "./people.js";
import { findQuotations, type Sentence } from "./text.js";

export interface ClaimCandidate {
  /** The words claimed: the quotation's inside, or the reported clause. */
  readonly text: string;
  readonly textStart: number;
  readonly textEnd: number;
  /** The speaker when a person; null for an unnamed one ("a senior official"). */
  readonly speaker: PersonMention | null;
  /** A named organisation credited instead of a person ("TIME"). */
  readonly source: string | null;
  /** The sentence(s) holding the claim and its attribution. */
  readonly evidence: { readonly start: number; readonly end: number };
  readonly sentence: number;
  readonly quoted: boolean;
}

const VERBS = SPEECH_VERBS.join("|");
const AFTER_SPEAKER = new RegExp(`^\\s*(?:[,—–-]\\s*)?(?:(?:${VERBS})\\s+)?$`, "i");
const AFTER_VERB_FIRST = new RegExp(`^\\s*(?:,\\s*)?(?:${VERBS})\\s+$`, "i");
const PRONOUN_AFTER = new RegExp(`^\\s*(?:,\\s*)?(he|she)\\s+(?:${VERBS})\\b`, "i");
const BEFORE_COLON_OR_SAYING = /(?:[:,]|\b(?:saying|said|says|added|told (?:reporters|journalists|\w+)|declaring|writing|stating|noting|insisting|by saying),?)\s*$/i;
const CHARACTERISING = new RegExp(`\\b(?:${CHARACTERISING_VERBS.join("|")})\\s+(?:(?:the|this|that|his|her|their|its|it|them|him)\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`, "iu");
const SOURCE_CREDIT = /\b(?:As|as)\s+((?:the\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?:has\s+|had\s+)?(?:reported|noted|wrote|said|observed|put it|described it)\s*,\s*/gu;
const ACCORDING_TO = /(?:,|(?<![\s,]))\s*[Aa]ccording to\s+((?:the\s+)?\p{Lu}[^,.;:]{0,60})/gu;
const VERB_AFTER_NAME = new RegExp(`^\\s+(?:${VERBS})\\b`, "i");
const SAYING_FORMS = "saying|insisting|adding|noting|arguing|telling|declaring|warning|stressing|calling|describing";
const REPORTED = new RegExp(`^(?:\\s*,)?\\s+(?:(?:has|had|have|also|later|then|again|publicly|privately|repeatedly|reportedly|once|previously)\\s+){0,2}(?:${[...CHARACTERISING_VERBS, "said", "says", "told reporters", "warned", "stressed", "insisted", "argued"].join("|")})\\b\\s+(?:that\\s+)?`, "i");
const SAYING_IN_LEAD = new RegExp(`\\b(?:${VERBS}|${SAYING_FORMS})\\b`, "i");
const PRONOUN_SAYS = new RegExp(`\\b(?:he|she)\\s+(?:${VERBS})\\b`, "i");
/** The patterns built at run time, for the ReDoS check in the tests (the literals are read from the source). */
export const REGEXPS: readonly RegExp[] = Object.freeze([AFTER_SPEAKER, AFTER_VERB_FIRST, PRONOUN_AFTER, CHARACTERISING, VERB_AFTER_NAME, REPORTED, SAYING_IN_LEAD, PRONOUN_SAYS]);

/** The index of the first item whose key is at least `at`, in a list sorted by that key. */
function lowerBound<T>(list: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people (sorted by start) inside [from, to): found by binary search, so a long paragraph costs what its parts do. */
function peopleWithin(people: readonly PersonMention[], from: number, to: number): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = lowerBound(people, from, (p) => p.start); i < people.length && (people[i] as PersonMention).start < to; i++) {
    const p = people[i] as PersonMention;
    if (p.end <= to) out.push(p);
  }
  return out;
}

function speakerNear(people: readonly PersonMention[], from: number, to: number, prefer: "first" | "last"): PersonMention | null {
  const inside = peopleWithin(people, from, to);
  return (prefer === "first" ? inside[0] : inside[inside.length - 1]) ?? null;
}

export function findClaims(body: string, sentences: readonly Sentence[], people: readonly PersonMention[]): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  let lastSpeaker: PersonMention | null = null;
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  const sorted = [...people].sort((a, b) => a.start - b.start);

  for (const [, paragraph] of byParagraph) {
    const first = paragraph[0] as Sentence;
    const last = paragraph[paragraph.length - 1] as Sentence;
    const text = body.slice(first.start, last.end);
    const quotes = findQuotations(text, first.start);
    // Sentences and quotations are in text order: each is found by binary search, not by a scan per quotation.
    const sentenceIndex = (at: number) => {
      const i = lowerBound(paragraph, at + 1, (s) => s.end);
      return i < paragraph.length && at >= (paragraph[i] as Sentence).start ? i : 0;
    };
    const sentenceAt = (at: number) => paragraph[sentenceIndex(at)] as Sentence;
    const outsideQuotes = (p: PersonMention) => {
      const q = quotes[lowerBound(quotes, p.start + 1, (x) => x.open) - 1];
      return !(q && p.start >= q.open && p.end <= q.close);
    };
    const speakers = peopleWithin(sorted, first.start, last.end).filter(outsideQuotes);

    let previousQuote: { close: number; speaker: PersonMention | null } | null = null;
    for (const q of quotes) {
      const inner = body.slice(q.innerStart, q.innerEnd).trim();
      const words = inner.split(/\s+/).filter(Boolean).length;
      const open = sentenceAt(q.open);
      const close = sentenceAt(Math.max(q.close - 1, q.open));
      const closeEnd = paragraph[lowerBound(paragraph, q.close, (s) => s.end)]?.end ?? last.end;
      let speaker: PersonMention | null = null;
      // The person a pronoun stands for: whoever spoke last here, else the last person named before the quote.
      const previousSentence = paragraph[sentenceIndex(q.open) - 1];
      const firstIn = (s: Sentence | undefined, before: number) => (s ? peopleWithin(speakers, s.start, Math.min(s.end, before)).find((p) => !p.weak) : undefined);
      // "Lavrov, speaking separately, said … “…,” he said": the subject of the sentence before, else of this one, else the last speaker.
      const antecedent = () => firstIn(previousSentence, q.open) ?? firstIn(open, q.open) ?? lastSpeaker;
      // After: '…," Putin said' / '…," said Putin' / '…?" Coats said' / '…," he continued' — but not '….” Vance responded', a new sentence.
      const tail = body.slice(q.close, Math.min(closeEnd, q.close + 80));
      const next = peopleWithin(speakers, q.close, q.close + 400).find((p) => p.phraseStart >= q.close && p.phraseStart - q.close < 40);
      if (next && !/\.$/.test(inner)) {
        const between = body.slice(q.close, next.phraseStart);
        const afterName = body.slice(next.end, next.end + 25);
        if (AFTER_VERB_FIRST.test(between) || (AFTER_SPEAKER.test(between) && VERB_AFTER_NAME.test(afterName))) speaker = next;
      }
      if (!speaker && !/\.$/.test(inner) && PRONOUN_AFTER.test(tail)) speaker = antecedent();
      const shortQuote = words < 4;
      // Before: 'Biden said …: "…"', 'reiterated by Jens Stoltenberg …: "…"', 'Putin called the talks "…', 'he added: "…"'
      if (!speaker) {
        const lead = body.slice(open.start, q.open);
        const characterising = CHARACTERISING.test(lead);
        const saying = BEFORE_COLON_OR_SAYING.test(lead) || SAYING_IN_LEAD.test(lead);
        if (characterising || saying) {
          const byAgent = /\bby\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(body.slice(open.start, speakerNear(speakers, open.start, q.open, "last")?.phraseStart ?? open.start));
          speaker = characterising || byAgent ? speakerNear(speakers, open.start, q.open, "last") : speakerNear(speakers, open.start, q.open, "first");
          if (speaker && lead.slice(speaker.end - open.start).length > 220) speaker = null;
          if (!speaker && PRONOUN_SAYS.test(lead)) speaker = antecedent();
        }
      }
      // '"This is a win-win," Medvedev said. "No one stands to lose."': the next quotation continues the same speaker.
      if (!speaker && previousQuote?.speaker && /^[\s\p{L},.'’]*$/u.test(body.slice(previousQuote.close, q.open)) && !peopleWithin(speakers, (previousQuote?.close ?? 0) + 1, q.open + 10_000).some((p) => p.start < q.open && p !== previousQuote?.speaker && p.name !== previousQuote?.speaker?.name)) {
        speaker = previousQuote.speaker;
      }
      previousQuote = { close: q.close, speaker };
      if (!speaker && words < 4) continue; // scare quotes: “buffer”, “threat”
      if (speaker) lastSpeaker = speaker;
      out.push({
        text: inner,
        textStart: q.innerStart,
        textEnd: q.innerEnd,
        speaker,
        source: null,
        evidence: { start: open.start, end: Math.max(close.end, q.close) },
        sentence: open.index,
        quoted: true,
      });
    }

    for (const s of paragraph) {
      const quoteHere = quotes[lowerBound(quotes, s.start, (q) => q.open)];
      if (quoteHere && quoteHere.open < s.end) continue;
      // "As TIME reported, …"
      for (const m of s.text.matchAll(SOURCE_CREDIT)) {
        const textStart = s.start + (m.index ?? 0) + m[0].length;
        const name = (m[1] ?? "").replace(/^the\s+/i, "");
        const person = speakers.find((p) => p.start >= s.start + (m.index ?? 0) && p.end <= textStart) ?? null;
        out.push({ text: body.slice(textStart, s.end).replace(/(?<!\s)\s*_?\(Source:[^()]*\)_?\s*$/, ""), textStart, textEnd: s.end, speaker: person, source: person ? null : name, evidence: { start: s.start, end: s.end }, sentence: s.index, quoted: false });
      }
      // "…, according to X"
      for (const m of s.text.matchAll(ACCORDING_TO)) {
        const at = s.start + (m.index ?? 0);
        const person = speakers.find((p) => p.start >= at && p.end <= at + m[0].length) ?? null;
        const name = (m[1] ?? "").replace(/^the\s+/i, "");
        if (!person && !/^\p{Lu}/u.test(name)) continue;
        const leading = at === s.start;
        const textStart = leading ? at + m[0].length + (/^\s*,\s*/.exec(body.slice(at + m[0].length))?.[0].length ?? 0) : s.start;
        const textEnd = leading ? s.end : at;
        out.push({ text: body.slice(textStart, textEnd).trim(), textStart, textEnd, speaker: person, source: person ? null : name, evidence: { start: s.start, end: s.end }, sentence: s.index, quoted: false });
      }
      // Reported speech with a named subject: "Obama described the talks as candid", "Biden said he raised …"
      const subject = speakers.find((p) => p.start >= s.start && p.start - s.start < 60);
      if (subject) {
        const rest = body.slice(subject.end, s.end);
        const m = REPORTED.exec(rest);
        if (m && !/\b(?:according to|As \p{Lu})/u.test(s.text)) {
          if (s.end - (subject.end + m.index + m[0].length) > 12) {
            const textStart = subject.phraseStart;
            out.push({ text: body.slice(textStart, s.end).replace(/(?<![.\s])[.\s]+$/, ""), textStart, textEnd: s.end, speaker: subject, source: null, evidence: { start: s.start, end: s.end }, sentence: s.index, quoted: false });
            lastSpeaker = subject;
          }
        }
      }
    }
  }
  return out.sort((a, b) => a.textStart - b.textStart);
}
