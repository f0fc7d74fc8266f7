// A sentence → tokens with body offsets. One left-to-right scan with a regular
// expression that cannot backtrack across tokens, so the cost is linear in the
// text. Every later stage (mentions, the matcher, the rules) sees only tokens.

import { fold } from "../fold.js";

export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower case, accents kept: what word lists are keyed by. */
  readonly low: string;
  /** Lower case, accents folded: what names are compared by. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
  /** Letters or digits (not punctuation). */
  readonly word: boolean;
  /** Position in its sentence. */
  readonly i: number;
}

/** Words written with a full stop that does not end a sentence. */
const DOTTED = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "sen", "rep", "gov",
  "pres", "prof", "rev", "hon", "vs", "inc", "corp", "ltd", "co", "mt", "ft", "dept", "messrs", "no", "fr", "maj", "brig",
]);

// Initialisms (U.S., D.C., a.m.), then words with inner apostrophes or hyphens
// (O'Brien, al-Sharaa, Jong-un), numbers with separators, then any other
// single non-space character.
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*|\S/gu;
const POSSESSIVE = /['’]s$/iu;
const NON_ASCII = /[^\x00-\x7f]/;
const PAIR = /^(\p{Lu}[\p{Ll}\p{M}]+)-\p{Lu}[\p{Ll}\p{M}]+$/u;
const PAIR_NOUNS = /^\s+(?:summit|summits|talks|meeting|meetings|call|calls|phone call|encounter|sit-down|relationship|channel)\b/;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Tokens of body[start, end). Possessive 's is a token of its own; a dotted abbreviation keeps its dot. */
export function tokenize(body: string, start: number, end: number): Token[] {
  const text = body.slice(start, end);
  const out: Token[] = [];
  const push = (s: number, e: number) => {
    const t = body.slice(s, e);
    const low = t.toLowerCase();
    const c = t.charCodeAt(0);
    const ascii = !NON_ASCII.test(t);
    out.push({
      text: t, low, key: ascii ? low : fold(t), start: s, end: e,
      cap: ascii ? c >= 65 && c <= 90 : t[0] !== low[0] && t[0] === (t[0] ?? "").toUpperCase(),
      word: ascii ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : WORD_START.test(t), i: out.length,
    });
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let s = start + m.index;
    let e = s + m[0].length;
    const t = m[0];
    if (POSSESSIVE.test(t) && t.length > 2) {
      push(s, e - 2);
      push(e - 2, e);
      continue;
    }
    // "Mr." and initials ("J.") keep their dot; the sentence splitter already knows they end no sentence.
    if (body[e] === "." && (DOTTED.has(t.toLowerCase()) || /^\p{Lu}$/u.test(t))) {
      e++;
      TOKEN.lastIndex++;
    }
    // "the Biden-Xi talks": two surnames joined by a hyphen before a meeting noun are two names.
    const pair = PAIR.exec(t);
    if (pair && PAIR_NOUNS.test(body.slice(e, e + 16))) {
      const a = (pair[1] as string).length;
      push(s, s + a);
      push(s + a, s + a + 1);
      push(s + a + 1, e);
      continue;
    }
    push(s, e);
    s = e;
  }
  return out;
}

/** Lower-case word list → a set that ignores case and accents of the words it is asked about. */
export const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => fold(w)));
