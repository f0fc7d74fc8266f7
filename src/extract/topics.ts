// Topics an encounter's report names: lists after "topics included",
// "agenda items were", "discussed", "raised" in the sentence that reports the
// encounter or the few after it in the same paragraph.

import type { Sentence } from "./text.js";

const CUE = /\b(?:topics?|agenda(?: items?)?|issues?)\s+(?:included|include|were|was|are|covered|ranged from)\s+|\b(?:discussed|raised|addressed|focused on|covered|talked about|touched on|spoke about|centered on|centred on|dominated by)\s+/gi;
const LEADING = /^(?:the|a|an|their|his|her|its|ongoing|current|possible|recent|future|various|including|also|discussions?\s+(?:about|of|on)|concerns?\s+(?:about|over)|efforts?\s+(?:to|on)|extending|extension of|the need for)\s+/i;

function cleanItem(raw: string): string | null {
  let item = raw.replace(/(?<!\s)\s*\([^()]*\)/g, "");
  // Cut at the first connective; a search, not `\b.*$`, which rescans the rest of the line from every connective.
  const connective = item.search(/(?<!\s)\s+(?:like|such as|including|with|in|to|from|which|that)\b/i);
  item = (connective >= 0 ? item.slice(0, connective) : item).trim();
  for (let i = 0; i < 4; i++) item = item.replace(LEADING, "");
  item = item.replace(/(?<![.,;:])[.,;:]+$/, "").trim();
  const words = item.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 5) return null;
  if (/^(?:it|them|this|that|these|those|him|her|concerns?|issues?|matters?|things|questions?)$/i.test(item) || /\b(?:issues|matters|things|topics)$/i.test(item)) return null;
  return item;
}

/** Topics named from `sentenceIndex` up to two sentences further in its paragraph. */
export function findTopics(body: string, sentences: readonly Sentence[], sentenceIndex: number): string[] {
  const first = sentences[sentenceIndex];
  if (!first) return [];
  const out: string[] = [];
  for (const s of sentences.slice(sentenceIndex, sentenceIndex + 3)) {
    if (s.paragraph !== first.paragraph) break;
    const text = body.slice(s.start, s.end).replace(/,\s*which[^,]*,/g, ",");
    for (const m of text.matchAll(CUE)) {
      const list = text.slice((m.index ?? 0) + m[0].length).split(/[.;:!?](?:\s|$)/)[0] ?? "";
      for (const part of list.split(/,\s*(?:and\s+|or\s+)?|(?<!\s)\s+and\s+(?!\p{Lu}\p{Ll}+\s+and)/u)) {
        const item = cleanItem(part);
        if (item && !out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
      }
    }
  }
  return out;
}
