// Person mentions: names found in the text with the role and side the text
// gives them ("Russian Foreign Minister Sergei Lavrov"). A capitalised run is
// taken for a person only on evidence — a title before it, a verb of saying or
// meeting after it, "according to" before it, or a later mention of a name
// already known — so headings and institutions are not mistaken for people.

import type { Gazetteer } from "./gazetteer.js";
import {
  INSTITUTION_SIDES, NON_PERSON_HEADS, NOT_NAME_WORDS, ROLE_CONNECTORS, ROLE_WORDS, SPEECH_VERBS, TITLE_WORDS, MONTHS, WEEKDAYS,
} from "./lexicon.js";
import { fold } from "./text.js";

export interface PersonMention {
  /** Offsets of the name itself in the body. */
  readonly start: number;
  readonly end: number;
  /** The name as written, possessive stripped ("Antony Blinken", "Putin"). */
  readonly name: string;
  /** The role the text gives at this mention, nationality removed ("Foreign Minister"). */
  readonly role: string | null;
  /** Country or organisation the mention places the person on. */
  readonly side: string | null;
  /** A person whose side this one shares ("Putin aide Yuri Ushakov" → "Putin"). */
  readonly sideOf: string | null;
  /** Start of the role phrase before the name, or the name's start. */
  readonly phraseStart: number;
  /** A bare surname seen only in a person's position ("Trump met Putin"): a person only if the corpus names one so. */
  readonly weak?: boolean;
}

const PARTICLES = "(?:de|da|di|du|dos|das|del|van|von|der|den|bin|ibn|al|el|la|le|ben)";
const PARTICLE = new RegExp(`^${PARTICLES}$`);
const CAP = "(?:(?:Al|El|Ul|Ad|Ar|As|At|Bin|Ben|Abu|Abd|Ould|Ibn)-\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{Ll}\\p{M}'’]*|\\p{Lu}[\\p{Ll}\\p{M}'’\\-]*[\\p{Ll}\\p{M}]['’]?s?|\\p{Lu}\\.(?:\\p{Lu}\\.)*|\\p{Lu}{2,3}\\b)";
const RUN = new RegExp(`${CAP}(?:[ \\u00a0](?:${PARTICLES}[ \\u00a0]){0,2}${CAP})*`, "gu");

const HONORIFICS = new Set(["mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord"]);
const SPEECH_OR_MEETING_AFTER = new RegExp(
  `^(?:,\\s*(?:who|whose)\\b|\\s+(?:${[...SPEECH_VERBS, "met", "meet", "meets", "meeting", "called", "calls", "spoke", "speaks", "speaking", "phoned", "visited", "hosted", "welcomed", "responded", "later", "also", "then", "has", "had", "was", "is", "will", "would"].join("|")})\\b)`,
);

/** "The Russian ambassador, Anatoly Antonov": a role noun, a comma, then the name. */
const APPOSITIVE_ROLE = new RegExp(`\\b(?:${[...TITLE_WORDS].filter((w) => !w.endsWith(".")).join("|")})\\s*,\\s*$`, "i");

const TITLE_ALT = [...TITLE_WORDS].filter((w) => !w.endsWith(".")).join("|");
const APPOSITIVE_AFTER = new RegExp(`^,\\s+(?:(?:a|an|the|((?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,2}[\\p{Lu}][\\p{L}'’-]*['’]s))\\s+)?((?:[\\p{L}-]+\\s+){0,4}?(?:${TITLE_ALT}))\\b(?:\\s+(?:to|of|for|at)\\s+(?:the\\s+)?(?:President\\s+|Prime Minister\\s+)?([\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3}))?`, "u");

function nameTokensOf(run: { tokens: string[] }, gaz: Gazetteer | null): number {
  const split = splitRun(run.tokens, gaz);
  return split ? run.tokens.length - split.nameFrom : 0;
}

const PERSON_VERB_AFTER = new RegExp(`^\\s+(?:${[...SPEECH_VERBS, "met", "meet", "meets", "spoke", "phoned", "called", "hosted", "welcomed", "greeted", "sat down", "held", "received", "visited", "hosts", "(?:will|would|is to|was to|has|had|also|later|then)\\s+(?:meet|host|speak|call|hold|travel|visit|met|spoken|called|held)", "and\\s+\\p{Lu}\\w+\\s+(?:met|meet|spoke|talked|held)"].join("|")})\\b`, "u");

/** Where a bare capitalised word stands as a person would: "Trump met Putin", "Putin said", "talks with Xi". */
function personPosition(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 24), start);
  const after = body.slice(end, end + 24);
  if (/\b(?:of|in|from|to|at)\s+(?:the\s+)?$/i.test(before)) return false; // "President Karaca of Turkey"
  if (/^['’]s\s+(?:meeting|talks|call|summit|visit|counterpart|aide|spokesman|office|government|administration)\b/i.test(after)) return true;
  if (PERSON_VERB_AFTER.test(after)) return true;
  return /\b(?:met|meet|meets|with|between|and|called|phoned|phone|hosted|welcomed|greeted|told|by)\s+$/.test(before) && !/^\s*(?:\p{Lu}|of\b)/u.test(after);
}

const DESCRIPTION = new RegExp(`\\b[Tt]he\\s+(U\\.S\\.|[\\p{Lu}][\\p{L}]+)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?(?:${["president", "prime minister", "foreign minister", "foreign secretary", "secretary of state", "external affairs minister", "chancellor", "minister", "secretary", "leader", "premier", "king", "crown prince", "prince", "envoy", "ambassador", "defense minister"].join("|")}))\\b`, "gu");

const stripPossessive = (s: string) => s.replace(/['’]s?$/u, "");

function isNameToken(token: string, gaz: Gazetteer | null): boolean {
  const bare = stripPossessive(token);
  const low = bare.toLowerCase();
  if (/^\p{Lu}\.$/u.test(bare)) return true; // a middle initial
  if (bare.includes(".")) return false; // U.S., D.C.
  if (ROLE_WORDS.has(low) || NOT_NAME_WORDS.has(low) || NON_PERSON_HEADS.has(low)) return false;
  if (low in MONTHS || low in WEEKDAYS) return false;
  if (gaz && (gaz.countryOfDemonym(bare) || gaz.country(bare))) return false;
  return true;
}

/** The name at the end of a capitalised run, and the run's leading part (title words). */
function splitRun(tokens: string[], gaz: Gazetteer | null): { nameFrom: number } | null {
  let i = tokens.length;
  while (i > 0 && tokens.length - i < 4) {
    const t = tokens[i - 1] ?? "";
    const isParticle = /^\p{Ll}/u.test(t);
    if (!isParticle && !isNameToken(t, gaz)) break;
    i--;
  }
  while (i < tokens.length && /^\p{Ll}/u.test(tokens[i] ?? "")) i++; // never start on a particle
  // A possessive may only end a name ("Putin’s"), never sit inside one.
  for (let k = i; k < tokens.length - 1; k++) if (/['’]s?$/u.test(tokens[k] ?? "")) i = k + 1;
  return i < tokens.length ? { nameFrom: i } : null;
}

interface RolePhrase {
  readonly start: number;
  readonly words: string[];
}

/** Walks back from a name over role words ("Chief of the General Staff of Russian Armed Forces"). */
function rolePhraseBefore(body: string, nameStart: number, gaz: Gazetteer | null): RolePhrase {
  const words: string[] = [];
  let start = nameStart;
  let pos = nameStart;
  for (let n = 0; n < 12; n++) {
    const m = /(?<!\S)(\S+)[ \u00a0]+$/u.exec(body.slice(Math.max(0, pos - 60), pos));
    if (!m) break;
    const word = m[1] ?? "";
    if (/[,;:()"“”—–]/.test(word) || /[.!?]$/.test(word) && !/^(?:\p{L}\.)+$/u.test(word) && !TITLE_WORDS.has(word.toLowerCase())) break;
    const low = word.toLowerCase();
    const capital = /^\p{Lu}/u.test(word);
    const ok = ROLE_WORDS.has(low) || ROLE_CONNECTORS.has(low) || (gaz?.countryOfDemonym(word) ?? null) !== null || (gaz?.country(word) ?? null) !== null ||
      (capital && !NOT_NAME_WORDS.has(low) && !/['’]s$/u.test(word)) || /^(?:\p{Lu}\.)+$/u.test(word);
    if (!ok) break;
    words.unshift(word);
    pos -= m[0].length;
    start = pos;
  }
  while (words.length && ROLE_CONNECTORS.has((words[0] ?? "").toLowerCase())) {
    start += (words.shift() ?? "").length + 1;
  }
  return { start, words };
}

/** Role text and side from the words before a name. */
function interpretRole(words: string[], gaz: Gazetteer | null): { role: string | null; side: string | null; sideOf: string | null; titled: boolean; honorific: boolean } {
  // "a foreign policy aide to Putin": a phrase ending in "to" or "of" belongs to the noun before it, not to this name.
  if (ROLE_CONNECTORS.has((words[words.length - 1] ?? "").toLowerCase())) return { role: null, side: null, sideOf: null, titled: false, honorific: false };
  const titleAt = words.findIndex((w) => TITLE_WORDS.has(w.toLowerCase()));
  const titled = titleAt >= 0;
  const honorific = words.length > 0 && HONORIFICS.has((words[words.length - 1] ?? "").toLowerCase());
  if (!titled) return { role: null, side: null, sideOf: null, titled, honorific };
  let side: string | null = null;
  let sideOf: string | null = null;
  let first = 0;
  const countryOf = (w: string) => gaz?.countryOfDemonym(w) ?? gaz?.country(w) ?? (/^U\.?S\.?$/.test(w) ? "United States" : null);
  // A nationality or country leading the phrase is the side ("Russian President", "U.S. Ambassador to Russia").
  for (; first < titleAt; first++) {
    const country = countryOf(words[first] ?? "");
    if (!country) break;
    side ??= country;
  }
  const phrase = words.join(" ");
  if (!side) for (const [re, s] of INSTITUTION_SIDES) if (re.test(phrase)) { side = s; break; }
  const lead = words[first] ?? "";
  if (!side && first < titleAt && /^\p{Lu}/u.test(lead) && !ROLE_WORDS.has(lead.toLowerCase())) sideOf = lead; // "Putin aide"
  if (!side && !sideOf) {
    const of = /\bof (?:the )?(\S+)/.exec(words.slice(titleAt).join(" "));
    side = countryOf(of?.[1] ?? "");
  }
  const roleWords = words.slice(first).filter((w, i) => !(i === 0 && HONORIFICS.has(w.toLowerCase())));
  let role = roleWords.join(" ").replace(/^(?:then|the)\s+/i, "") || null;
  if (role && /^presidents$/i.test(role)) role = "President";
  if (role && HONORIFICS.has(role.toLowerCase())) role = null;
  return { role, side, sideOf: sideOf && !side ? sideOf : null, titled, honorific };
}

/** Spans never searched for people: photo credits and bylines. */
function creditSpans(body: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of body.matchAll(/\([^()\n]{0,200}\)/g)) {
    if (/photo|image|credit|getty|shutterstock|reuters|\bap\b|afp|pool|courtesy|\//i.test(m[0])) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of body.matchAll(/\b(?:photo|photograph|image|picture)s?\s+by\s+[^\n(),;]{0,60}/gi)) {
    spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of body.matchAll(/^[ \t]*(?:by|By|BY)\s+[^\n]{0,80}$/gm)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return spans;
}

/**
 * Whether the line at an offset is in title case ("When Have Biden and Putin
 * Actually Spoken?"): capitals there prove nothing. Each line is read once per
 * body, and found by binary search: re-reading the whole line per name made a
 * long line without newlines quadratic (a 551 KB line took 13.9 s).
 */
function headlineCaseOf(body: string): (at: number) => boolean {
  const lineStarts = [0];
  for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const verdicts = new Map<number, boolean>();
  return (at) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    const known = verdicts.get(lo);
    if (known !== undefined) return known;
    const end = lineStarts[lo + 1];
    const words = body.slice(lineStarts[lo], end === undefined ? body.length : end - 1).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    const verdict = words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
    verdicts.set(lo, verdict);
    return verdict;
  };
}

const inSpans = (spans: Array<[number, number]>, at: number) => spans.some(([s, e]) => at >= s && at < e);

interface Run {
  readonly start: number;
  readonly tokens: string[];
  readonly tokenStarts: number[];
}

function runsOf(body: string): Run[] {
  const out: Run[] = [];
  for (const m of body.matchAll(RUN)) {
    const start = m.index ?? 0;
    const tokens: string[] = [];
    const tokenStarts: number[] = [];
    for (const t of m[0].matchAll(/\S+/gu)) {
      tokens.push(t[0]);
      tokenStarts.push(start + (t.index ?? 0));
    }
    out.push({ start, tokens, tokenStarts });
  }
  return out;
}

/** A name's identity inside one document: folded, possessive and initials removed. */
export function nameKey(name: string): string {
  // "Kim Jong-un" and "Kim Jong Un" are one name: a hyphen inside a name is a space.
  return fold(name).replace(/\b\p{L}\.\s*/gu, "").replace(/['’]s?\b/g, "").replace(/(\p{L})-(\p{L})/gu, "$1 $2").replace(/\s+/g, " ").trim();
}
export function surnameOf(name: string): string {
  const parts = nameKey(name).split(" ").filter((p) => !PARTICLE.test(p));
  return parts[parts.length - 1] ?? "";
}

/**
 * Every person mention in a body. `knownNames` are names already established
 * elsewhere in the corpus, so that a bare surname in a short brief still counts.
 */
export function findPeople(body: string, gaz: Gazetteer | null, knownNames: readonly string[] = []): PersonMention[] {
  const excluded = creditSpans(body);
  const runs = runsOf(body).filter((r) => !inSpans(excluded, r.start));
  const headlineCase = headlineCaseOf(body);

  interface Candidate { run: Run; nameFrom: number; name: string; tokens: number; strong: boolean; phrase: RolePhrase; info: ReturnType<typeof interpretRole>; placeLike: boolean }
  const candidates: Candidate[] = [];
  for (const run of runs) {
    const split = splitRun(run.tokens, gaz);
    if (!split) continue;
    if (gaz && run.tokens.length > 1 && (gaz.country(run.tokens.join(" ")) || gaz.city(run.tokens.join(" ")))) continue; // "of Saudi Arabia"
    const nameTokens = run.tokens.slice(split.nameFrom).map((t, i, a) => (i === a.length - 1 ? stripPossessive(t) : t));
    const name = nameTokens.join(" ");
    const nameStart = run.tokenStarts[split.nameFrom] ?? run.start;
    const phrase = rolePhraseBefore(body, nameStart, gaz);
    let info = interpretRole(phrase.words, gaz);
    const lastRaw = run.tokens[run.tokens.length - 1] ?? "";
    const nameEnd = (run.tokenStarts[run.tokens.length - 1] ?? 0) + stripPossessive(lastRaw).length;
    const after = body.slice(nameEnd, nameEnd + 40);
    // "Yuri Ushakov, a foreign policy aide to Putin," / "Anatoly Antonov, Russia's ambassador": the role after the name.
    if (!info.titled && nameTokensOf(run, gaz) >= 2) {
      const appositive = APPOSITIVE_AFTER.exec(body.slice(nameEnd, nameEnd + 120));
      if (appositive) {
        const target = (appositive[3] ?? appositive[1] ?? "").replace(/['’]s$/, "");
        const side = (gaz && (gaz.countryOfDemonym(target) ?? gaz.country(target))) || null;
        info = { role: (appositive[2] ?? "").trim(), side, sideOf: side || !target ? null : target.split(/\s+/).pop() ?? null, titled: true, honorific: false };
      }
    }
    // "President Mehmet Karaca of Turkey": the country after the name is the side.
    if (!info.side) {
      const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(body.slice(nameEnd, nameEnd + 40));
      const country = of && gaz ? gaz.country(of[1] ?? "") : null;
      if (country) info = { ...info, side: country };
    }
    const before = body.slice(Math.max(0, phrase.start - 16), phrase.start);
    const multi = nameTokens.filter((t) => !/^\p{Ll}/u.test(t)).length >= 2;
    const lastToken = nameTokens[nameTokens.length - 1] ?? "";
    const looksLikeName = nameTokens.every((t) => /^\p{Ll}/u.test(t) || isNameToken(t, gaz)) && lastToken.length > 1;
    if (!looksLikeName) continue;
    // "Vinh" is a town too: a place name counts as a person only as the surname of someone named in full.
    const placeLike = !!(gaz && (gaz.city(name) || gaz.country(name) || gaz.region(name)));
    const strong = (info.titled || info.honorific) ||
      (multi && !headlineCase(nameStart) && (SPEECH_OR_MEETING_AFTER.test(after) || /\b(?:according to|said|says|told|by|with|met|meets|and|called|phoned|hosted|welcomed)\s+$/i.test(before))) ||
      (multi && APPOSITIVE_ROLE.test(body.slice(Math.max(0, nameStart - 60), nameStart))) ||
      // "… failed to persuade Vladimir Putin to …": two or more name words in the middle of a sentence, after a lower-case word.
      (multi && nameTokens.length <= 4 && !headlineCase(nameStart) && phrase.words.length === 0 &&
        /\p{Ll}[,;]?\s+$/u.test(body.slice(Math.max(0, nameStart - 3), nameStart)) &&
        !/\b(?:the|a|an|this|that|these|those|its|their|his|her|our|your|of|in|at|on|for|from|to|into|during|since)\s+$/i.test(body.slice(Math.max(0, nameStart - 12), nameStart)));
    candidates.push({ run, nameFrom: split.nameFrom, name, tokens: nameTokens.length, strong: strong && !placeLike, phrase, info, placeLike });
  }

  // Names known from strong evidence here or elsewhere in the corpus; bare surnames resolve against them.
  const strongNames = new Map<string, string>();
  for (const c of candidates) if (c.strong) strongNames.set(nameKey(c.name), c.name);
  // Coordination: "Presidents Joe Biden and Vladimir Putin", "Donald Trump and Russian President Vladimir Putin".
  for (const [i, c] of candidates.entries()) {
    const next = candidates[i + 1];
    if (!next || c.tokens < 2 || next.tokens < 2 || c.strong === next.strong) continue;
    const cEnd = c.run.start + c.run.tokens.join(" ").length;
    if (!["", ",", "and", ", and", "or", "&"].includes(body.slice(cEnd, next.phrase.start).replace(/\s+/g, " ").trim()) || next.phrase.start - cEnd > 8) continue;
    for (const x of [c, next]) {
      x.strong = true;
      strongNames.set(nameKey(x.name), x.name);
    }
  }
  const known = new Set([...strongNames.keys(), ...knownNames.map(nameKey)]);
  const surnames = new Map<string, Set<string>>();
  for (const k of known) {
    if (!k.includes(" ")) continue;
    // "Ruiz" for Alejandra Ruiz Ferrer: every word after the first may stand alone; so may the family name that
    // East Asian names put first ("Kim" for Kim Jong Un, "Xi" for Xi Jinping, "Lee" for Lee Hsien Loong).
    const words = k.split(" ");
    const familyFirst = (words[0] ?? "").length <= 3 && words.length >= 2 ? [words[0] as string] : [];
    for (const s of new Set([surnameOf(k), ...familyFirst, ...words.slice(1).filter((w) => w.length > 2 && !/^(?:de|da|di|du|dos|das|del|van|von|der|den|bin|ibn|al|el|la|le|ben)$/.test(w))])) {
      const set = surnames.get(s) ?? new Set<string>();
      set.add(k);
      surnames.set(s, set);
    }
  }

  const mentions: PersonMention[] = [];
  for (const c of candidates) {
    const key = nameKey(c.name);
    const isKnown = (known.has(key) && !c.placeLike) || (c.tokens === 1 && (surnames.get(key)?.size ?? 0) >= 1);
    const nameAt = c.run.tokenStarts[c.nameFrom] ?? c.run.start;
    const weak = !c.strong && !isKnown && !c.placeLike && c.tokens === 1 && !/[-–]/.test(c.name) && personPosition(body, nameAt, nameAt + c.name.length);
    if (!c.strong && !isKnown && !weak) continue;
    if (c.tokens === 1 && !c.strong && !known.has(key) && (surnames.get(key)?.size ?? 0) > 1) continue; // "Sullivan" alone is ambiguous
    const nameStart = c.run.tokenStarts[c.nameFrom] ?? c.run.start;
    mentions.push({
      start: nameStart,
      end: nameStart + c.name.length,
      name: c.name,
      role: c.info.role,
      side: c.info.side,
      sideOf: c.info.sideOf,
      phraseStart: c.info.titled ? c.phrase.start : nameStart,
      ...(weak ? { weak: true } : {}),
    });
  }
  // "The Saudi foreign minister called …": a definite description names the person last given that side and role.
  for (const m of body.matchAll(DESCRIPTION)) {
    const at = m.index ?? 0;
    if (inSpans(excluded, at) || mentions.some((x) => x.start <= at && at < x.end)) continue;
    const country = gaz?.countryOfDemonym(m[1] ?? "") ?? null;
    const title = (m[2] ?? "").toLowerCase();
    if (!country) continue;
    const antecedent = [...mentions].reverse().find((x) => x.start < at && x.side === country && x.name.includes(" ") && (x.role ?? "").toLowerCase().includes(title.split(" ").pop() ?? title));
    if (antecedent) mentions.push({ start: at, end: at + m[0].length, name: antecedent.name, role: antecedent.role, side: country, sideOf: null, phraseStart: at });
  }
  // Hyphenated pairs: "Biden-Putin talks", "the Trump-Putin summit".
  for (const m of body.matchAll(/\b(\p{Lu}\p{Ll}+)[-–](\p{Lu}\p{Ll}+)\b/gu)) {
    const [a, b] = [m[1] ?? "", m[2] ?? ""];
    if (inSpans(excluded, m.index ?? 0)) continue;
    const at = m.index ?? 0;
    const isKnown = (s: string) => surnames.has(fold(s)) || known.has(fold(s));
    // "the Trump–Putin summit": a pair of surnames before a meeting word, a person each if the corpus agrees.
    const meetingAfter = /^\s+(?:summits?|talks|meetings?|calls?|phone call|video call|encounters?|relationship|dialogue|channel)\b/i.test(body.slice(at + m[0].length, at + m[0].length + 20));
    if (!(isKnown(a) && isKnown(b)) && !(meetingAfter && isNameToken(a, gaz) && isNameToken(b, gaz))) continue;
    if (gaz && [a, b].some((s) => gaz.city(s) || gaz.country(s) || gaz.countryOfDemonym(s))) continue;
    const weakOf = (s: string) => (isKnown(s) ? {} : { weak: true });
    mentions.push({ start: at, end: at + a.length, name: a, role: null, side: null, sideOf: null, phraseStart: at, ...weakOf(a) });
    mentions.push({ start: at + a.length + 1, end: at + a.length + 1 + b.length, name: b, role: null, side: null, sideOf: null, phraseStart: at + a.length + 1, ...weakOf(b) });
  }
  return mentions.sort((x, y) => x.start - y.start);
}

/** The patterns built at run time, for the ReDoS check in the tests (the literals are read from the source). */
export const REGEXPS: readonly RegExp[] = Object.freeze([RUN, PARTICLE, SPEECH_OR_MEETING_AFTER, APPOSITIVE_ROLE, APPOSITIVE_AFTER, PERSON_VERB_AFTER, DESCRIPTION]);
