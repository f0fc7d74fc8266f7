// Stage 1: one sentence → its mentions, its units, and the encounter
// candidates the rule tables find in it. Pure; a candidate records the rule
// rows that made it (frame, trigger, modality) so an answer can be traced.

import { fold } from "../fold.js";
import type { EncounterKind, EncounterStatus, Mode } from "../schema.js";
import { clauseTense, findDates, type DateMention, type Tense } from "./dates.js";
import type { Gazetteer } from "./gazetteer.js";
import { compile, matchAll, matchAt, type Match, type Pattern, type Unit, type UnitType } from "./match/engine.js";
import { peopleInSentence, type NameMention, type PersonMention, type RolePhrase } from "./people.js";
import { findEvents, placesInTokens, type EventMention, type PlaceMention } from "./places.js";
import { DELEGATION_HEADS, type DelegationRow } from "./rules/delegations.js";
import { FRAMES, type FrameRow } from "./rules/frames.js";
import { buildMacros } from "./rules/macros.js";
import { MODALITY, type ModalityRow } from "./rules/modality.js";
import { PHONE_WORDS, TRIGGERS, VIDEO_WORDS, type TriggerRow } from "./rules/triggers.js";
import { VETOES, type VetoRow } from "./rules/vetoes.js";
import type { Sentence } from "./text.js";
import { tokenize, type Token } from "./tokens.js";

/** The rule tables compiled once: patterns are data, compiled to matchers when extraction first runs. */
export interface CompiledFrame {
  readonly row: FrameRow;
  readonly pattern: Pattern;
  /** The trigger row of each word the frame's `T` can be. */
  readonly triggerOf: ReadonlyMap<string, TriggerRow>;
}

export interface CompiledRules {
  readonly frames: readonly CompiledFrame[];
  /** Frames by the trigger words they need: a sentence tries only the frames its words can start. */
  readonly framesByWord: ReadonlyMap<string, readonly number[]>;
  /** Frames whose trigger is not a word list (always tried). */
  readonly framesAlways: readonly number[];
  /** Every word a rule needs: a sentence with none of them can report no encounter and is only read for people. */
  readonly relevantWords: ReadonlySet<string>;
  readonly delegations: ReadonlyArray<{ readonly row: DelegationRow; readonly pattern: Pattern }>;
  readonly modality: ReadonlyArray<{ readonly row: ModalityRow; readonly pattern: Pattern }>;
  readonly vetoes: ReadonlyArray<{ readonly row: VetoRow; readonly pattern: Pattern }>;
}

export function compileRules(): CompiledRules {
  const macros = buildMacros();
  const frames = FRAMES.map((row): CompiledFrame => {
    const pattern = compile(row.pattern, macros);
    const used = new Set([...row.pattern.matchAll(/@(\w+)/g)].map((m) => m[1]));
    const triggerOf = new Map<string, TriggerRow>();
    // A word's row among the frame's own trigger macros first, else any row that lists it.
    for (const t of [...TRIGGERS.filter((x) => used.has(x.macro)), ...TRIGGERS]) for (const f of t.forms) if (!triggerOf.has(fold(f))) triggerOf.set(fold(f), t);
    return Object.freeze({ row, pattern, triggerOf });
  });
  const framesByWord = new Map<string, number[]>();
  const framesAlways: number[] = [];
  frames.forEach((f, i) => {
    if (!f.pattern.triggerWords) framesAlways.push(i);
    else for (const w of f.pattern.triggerWords) framesByWord.set(w, [...(framesByWord.get(w) ?? []), i]);
  });
  const relevantWords = new Set<string>([...framesByWord.keys(), ...TRIGGERS.flatMap((t) => t.forms.map(fold))]);
  for (const row of DELEGATION_HEADS) for (const w of row.pattern.match(/[a-z][a-z-]+/g) ?? []) relevantWords.add(w);
  return Object.freeze({
    frames: Object.freeze(frames),
    framesByWord,
    framesAlways,
    relevantWords,
    delegations: Object.freeze(DELEGATION_HEADS.map((row) => Object.freeze({ row, pattern: compile(row.pattern, macros) }))),
    modality: Object.freeze(MODALITY.map((row) => Object.freeze({ row, pattern: compile(row.pattern, macros) }))),
    vetoes: Object.freeze(VETOES.map((row) => Object.freeze({ row, pattern: compile(row.pattern, macros) }))),
  });
}

/** A participant as a frame found it: a person, an unknown name in a person's slot, or a pronoun to resolve. */
export type Party =
  | { readonly type: "person"; readonly mention: PersonMention }
  | { readonly type: "name"; readonly mention: NameMention }
  /** "the Australian prime minister": a definite description, resolved to the person the article gave that role. */
  | { readonly type: "role"; readonly role: RolePhrase }
  | { readonly type: "pronoun"; readonly start: number; readonly end: number; readonly text: string; readonly plural: boolean };

export interface SentenceCandidate {
  readonly sentence: number;
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  /** The trigger's unit: readings of one trigger by several frames share it, and only the first that stands is kept. */
  readonly triggerUnit: number;
  /** A meeting or call noun ("a call with", "the meeting between"), not a verb: undated, it may refer back. */
  readonly nounTrigger: boolean;
  readonly parties: readonly Party[];
  readonly mode: Mode | null;
  readonly video: boolean;
  readonly summitWord: boolean;
  readonly ceremony: boolean;
  /** Made by a frame that needs the meetings or calls of the sentence before. */
  readonly context: boolean;
  readonly status: EncounterStatus;
  readonly tense: Tense;
  /** A date phrase in the sentence that dates this encounter. */
  readonly date: DateMention | null;
  readonly place: PlaceMention | null;
  readonly event: EventMention | null;
  /** Ids of the rows that made the candidate: the frame, the trigger, modality. */
  readonly rules: readonly string[];
  /** The occasions the sentence lists when it lists more than one. */
  readonly slots: readonly Slot[];
}

/** One occasion a sentence lists: "at the APEC Summit in Da Nang in November 2017", "in Helsinki in July 2018". */
export interface Slot {
  readonly place: PlaceMention | null;
  readonly event: EventMention | null;
  readonly date: DateMention;
  readonly summitWord: boolean;
}

/**
 * A meeting or call noun no frame gave people to ("Subsequent meetings, including those at …",
 * "One of the earliest direct presidential calls occurred in January 2021"): the document's passes may
 * give it the article's pair.
 */
export interface Orphan {
  readonly sentence: number;
  readonly trigger: { readonly start: number; readonly end: number; readonly text: string };
  readonly mode: Mode | null;
  readonly video: boolean;
  readonly status: EncounterStatus;
  readonly date: DateMention | null;
  readonly place: PlaceMention | null;
  readonly event: EventMention | null;
  readonly summitWord: boolean;
  readonly slots: readonly Slot[];
  /** Everyone the sentence names: the article's pair may take the noun only if no one else is named. */
  readonly named: readonly string[];
  /** "Their first meeting", "subsequent talks", "presidential calls": words that point back to people already named. */
  readonly cued: boolean;
  readonly rules: readonly string[];
}

export interface SentenceAnalysis {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly people: readonly PersonMention[];
  readonly names: readonly NameMention[];
  readonly roles: readonly RolePhrase[];
  readonly places: readonly PlaceMention[];
  readonly events: readonly EventMention[];
  readonly dates: readonly DateMention[];
  readonly units: readonly Unit[];
  readonly candidates: readonly SentenceCandidate[];
  readonly orphans: readonly Orphan[];
  /** Delegation heads the sentence names ("X led the American delegation"), with the row that found each. */
  readonly heads: ReadonlyArray<{ readonly person: PersonMention; readonly rule: string }>;
}

const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them"]);
/** Object pronouns: they stand for someone other than the clause's subject. */
export const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);
/** Nouns after "the two" / "both" that stand for two people named before ("the two leaders"), not two countries. */
const PAIR_NOUNS = new Set(["leaders", "presidents", "men", "women", "ministers", "premiers", "diplomats", "envoys", "heads", "rivals", "allies", "counterparts", "chancellors", "monarchs", "statesmen", "sides"]);

/** Priority where two mentions cover the same tokens equally: one overlap policy for all. */
const PRIORITY: Readonly<Record<UnitType, number>> = { EVENT: 8, PERSON: 7, DATE: 6, PLACE: 4, ORG: 3, ROLE: 2, NAME: 1, PRON: 0, WORD: -1 };

/** Nouns that make "the two …" countries or bodies rather than two people. */
const COLLECTIVE_NOUNS = new Set(["countries", "nations", "states", "governments", "delegations", "teams", "parties", "neighbours", "neighbors", "powers", "armies"]);

interface Span {
  readonly type: UnitType;
  readonly start: number;
  readonly end: number;
  readonly ref: unknown;
}

/** Mentions → units: the longest span wins, then the higher priority; tokens outside spans are words. */
function buildUnits(tokens: readonly Token[], spans: Span[]): Unit[] {
  const chosen: Span[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[b.type] - PRIORITY[a.type]);
  let reach = -1;
  for (const s of sorted) {
    if (s.start < reach) continue;
    chosen.push(s);
    reach = s.end;
  }
  const units: Unit[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const span = chosen[k];
    if (span && t.start >= span.start && t.start < span.end) {
      if (units[units.length - 1]?.ref !== span.ref || units[units.length - 1]?.type !== span.type) {
        units.push({ type: span.type, start: span.start, end: span.end, key: fold(String((span.ref as { name?: string; text?: string }).name ?? (span.ref as { text?: string }).text ?? "")), index: units.length, ref: span.ref });
      }
      if (tokens[i + 1] === undefined || (tokens[i + 1] as Token).start >= span.end) k++;
      continue;
    }
    while (chosen[k] && (chosen[k] as Span).end <= t.start) k++;
    // "face to face" is one adverb, not a "to" that opens a clause.
    if (t.key === "face" && tokens[i + 1]?.key === "to" && tokens[i + 2]?.key === "face") {
      units.push({ type: "WORD", start: t.start, end: (tokens[i + 2] as Token).end, key: "face-to-face", index: units.length });
      i += 2;
      continue;
    }
    units.push({ type: "WORD", start: t.start, end: t.end, key: t.key.replace(/’/g, "'"), index: units.length });
  }
  return units;
}

/** A sentence's tokens, trailing source credits on a line ("(BBC News) (AP)") left out: they are not part of what it says. */
export function sentenceTokens(body: string, sentence: Sentence): Token[] {
  return withoutCredits(tokenize(body, sentence.start, sentence.end));
}

/** Words capitalised somewhere other than at the start of a sentence. */
export function capitalisedInside(sentences: ReadonlyArray<readonly Token[]>): Set<string> {
  const out = new Set<string>();
  for (const tokens of sentences) for (const t of tokens) if (t.i > 0 && t.cap && t.word && tokens[t.i - 1]?.text !== ":" && tokens[t.i - 1]?.text !== "\"" && tokens[t.i - 1]?.text !== "“") out.add(t.key);
  return out;
}

function withoutCredits(tokens: Token[]): Token[] {
  let end = tokens.length;
  for (;;) {
    if (tokens[end - 1]?.text === ".") end--;
    if (tokens[end - 1]?.text !== ")") break;
    let open = end - 2;
    while (open >= 0 && (tokens[open] as Token).text !== "(" && end - open < 12) open--;
    if (open < 0 || (tokens[open] as Token).text !== "(") break;
    const inner = tokens.slice(open + 1, end - 1);
    if (inner.length === 0 || !inner.every((t) => t.cap || !t.word || ["of", "the", "de", "and", "du", "la", "el", "for", "news", "times", "post", "daily"].includes(t.key))) break;
    end = open;
  }
  return tokens.slice(0, end);
}

export interface SentenceInput {
  readonly body: string;
  readonly sentence: Sentence;
  /** The sentence's tokens (tokenize once per document: midCaps needs them all). */
  readonly tokens: readonly Token[];
  /** Words the article capitalises inside sentences. */
  readonly midCaps: ReadonlySet<string>;
  readonly published: string | null;
  readonly gazetteer: Gazetteer;
  readonly rules: CompiledRules;
}

export function analyzeSentence(input: SentenceInput): SentenceAnalysis {
  const { body, sentence, gazetteer: gaz, rules } = input;
  const tokens = input.tokens;
  const end = tokens.length ? (tokens[tokens.length - 1] as Token).end : sentence.start;
  const found = peopleInSentence(body, tokens, gaz, input.midCaps);
  const tense = clauseTense(body.slice(sentence.start, end));
  const dates = findDates(body.slice(sentence.start, end), { offset: sentence.start, published: input.published, fallbackTense: tense });
  const places = placesInTokens(body, tokens, gaz);
  // Most sentences have no word any rule needs: they are read for their people, dates and places only.
  if (rules.framesAlways.length === 0 && !tokens.some((t) => rules.relevantWords.has(t.key))) {
    return { sentence, tokens, people: found.people, names: found.names, roles: found.roles, places, events: [], dates, units: [], candidates: [], orphans: [], heads: [] };
  }
  const events = findEvents(body, sentence.start, end);
  const pronouns = pronounSpans(tokens);
  // "The leaders last met …": a plural role of no country is the pair named before, not a role.
  const anaphoric = (r: RolePhrase) => r.plural && !r.side && pronouns.some((p) => p.start === r.start && p.end === r.end);
  const spans: Span[] = [
    ...found.people.map((p) => ({ type: "PERSON" as const, start: p.phraseStart, end: p.phraseEnd, ref: p })),
    ...found.names.map((n) => ({ type: "NAME" as const, start: n.start, end: n.end, ref: n })),
    ...found.things.map((t) => ({ type: "ORG" as const, start: t.start, end: t.end, ref: t })),
    ...found.roles.filter((r) => !anaphoric(r)).map((r) => ({ type: "ROLE" as const, start: r.start, end: r.end, ref: r })),
    ...dates.map((d) => ({ type: "DATE" as const, start: d.start, end: d.end, ref: d })),
    ...places.map((p) => ({ type: "PLACE" as const, start: p.start, end: p.end, ref: p })),
    ...events.map((e) => ({ type: "EVENT" as const, start: e.start, end: e.end, ref: e })),
    ...pronouns,
  ];
  const units = buildUnits(tokens, spans);
  // A question reports nothing ("Did Biden have talks with Putin?").
  const question = tokens[tokens.length - 1]?.text === "?";
  const { candidates, orphans } = question ? { candidates: [], orphans: [] } : findCandidates(units, rules, { sentence, tense, body });
  const heads = rules.delegations.flatMap(({ row, pattern }) => matchAll(pattern, units).flatMap((m) => (m.captures.get("H") ?? []).map((u) => ({ person: u.ref as PersonMention, rule: row.id }))));
  return { sentence, tokens, people: found.people, names: found.names, roles: found.roles, places, events, dates, units, candidates, orphans, heads };
}

/** A pronoun or anaphor; `plural` when it stands for two or more people ("they", "the two leaders", "both men"). */
export interface Pronoun {
  readonly text: string;
  readonly plural: boolean;
}

function pronounSpans(tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  const push = (from: number, to: number, plural: boolean) => {
    const a = tokens[from] as Token;
    const b = tokens[to - 1] as Token;
    out.push({ type: "PRON", start: a.start, end: b.end, ref: { text: tokens.slice(from, to).map((t) => t.text).join(" "), plural } satisfies Pronoun });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "her" before a noun is a possessive ("her visit"), not a person in a slot.
    if (PRONOUNS.has(t.key) && !(t.key === "her" && /^[a-z]/.test(tokens[i + 1]?.key ?? "") && !["and", "to", "in", "at", "on", "for", "with", "by"].includes(tokens[i + 1]?.key ?? ""))) push(i, i + 1, t.key === "they" || t.key === "them");
    // "the leaders", "the presidents" (not "the leaders of …"): the people named before.
    if (t.key === "the" && PAIR_NOUNS.has(tokens[i + 1]?.key ?? "") && tokens[i + 2]?.key !== "of") push(i, i + 2, true);
    // "the two leaders", "the two foreign ministers", "both men", "the pair", "the two" before a verb.
    const lead = t.key === "the" && tokens[i + 1]?.key === "two" ? 2 : t.key === "both" ? 1 : 0;
    if (lead) {
      let j = i + lead;
      while (j < tokens.length && j - i - lead < 2 && !PAIR_NOUNS.has((tokens[j] as Token).key) && /^[a-z-]+$/.test((tokens[j] as Token).key) && !COLLECTIVE_NOUNS.has((tokens[j] as Token).key)) j++;
      if (PAIR_NOUNS.has(tokens[j]?.key ?? "")) push(i, j + 1, true);
      else if (lead === 2 && VERBISH.test(tokens[i + 2]?.key ?? "")) push(i, i + 2, true);
    } else if (t.key === "the" && tokens[i + 1]?.key === "pair") push(i, i + 2, true);
    // "between the two": the pair, unless what follows says the two are countries or delegations.
    if (t.key === "between" && tokens[i + 1]?.key === "the" && (tokens[i + 2]?.key === "two" || tokens[i + 2]?.key === "pair") && !COLLECTIVE_NOUNS.has(tokens[i + 3]?.key ?? "") && !out.some((x) => x.start === (tokens[i + 1] as Token).start)) push(i + 1, i + 3, true);
  }
  return out;
}
/** A word after "the two" that makes it a subject: "the two met", "the two discussed", "the two had". */
const VERBISH = /^(?:met|meet|spoke|talked|discussed|agreed|had|have|held|will|would|were|are|sat|shook|exchanged|signed|also|later|then|last|first)$/;

interface Context {
  readonly sentence: Sentence;
  readonly tense: Tense;
  readonly body: string;
}


function partiesOf(units: readonly Unit[] | undefined): Party[] {
  const out: Party[] = [];
  for (const u of units ?? []) {
    if (u.type === "PERSON") out.push({ type: "person", mention: u.ref as PersonMention });
    else if (u.type === "NAME") out.push({ type: "name", mention: u.ref as NameMention });
    else if (u.type === "ROLE" && !(u.ref as RolePhrase).plural) out.push({ type: "role", role: u.ref as RolePhrase });
    else if (u.type === "PRON") out.push({ type: "pronoun", start: u.start, end: u.end, text: (u.ref as Pronoun).text, plural: (u.ref as Pronoun).plural });
  }
  return out;
}

/** Frames → candidates, one per trigger (the first frame in table order that claims it wins). */
function findCandidates(units: readonly Unit[], rules: CompiledRules, ctx: Context): { candidates: SentenceCandidate[]; orphans: Orphan[] } {
  // Every frame's reading of every trigger, in table order: the document's passes keep, per trigger, the first
  // reading whose parties turn out to be two people.
  const readings: Array<{ ti: number; rank: number; frame: FrameRow; match: Match; compiled: CompiledFrame }> = [];
  const applicable = new Set(rules.framesAlways);
  for (const u of units) if (u.type === "WORD") for (const i of rules.framesByWord.get(u.key) ?? []) applicable.add(i);
  for (const rank of [...applicable].sort((a, b) => a - b)) {
    const { row, pattern } = rules.frames[rank] as CompiledFrame;
    for (const match of matchAll(pattern, units)) {
      const t = match.captures.get("T")?.[0];
      if (!t || readings.some((r) => r.ti === t.index && r.frame === row)) continue;
      if (row.check && !row.check(match.captures)) continue;
      const parties = row.parties.flatMap((name) => partiesOf(match.captures.get(name)));
      // "They met": one plural pronoun is two people.
      if (parties.reduce((n, p) => n + (p.type === "pronoun" && p.plural ? 2 : 1), 0) < 2) continue;
      readings.push({ ti: t.index, rank, frame: row, match, compiled: rules.frames[rank] as CompiledFrame });
    }
  }
  const out: SentenceCandidate[] = [];
  const claimed = new Set<number>();
  const seen = new Set<string>();
  for (const { ti, frame, match, compiled } of readings.sort((a, b) => a.ti - b.ti || a.rank - b.rank)) {
    const t = units[ti] as Unit;
    claimed.add(ti);
    const ruleIds = [frame.id];
    const trig = compiled.triggerOf.get(t.key);
    if (trig) ruleIds.push(trig.id);
    if (rules.vetoes.some(({ row, pattern }) => matchesOnTrigger(pattern, units, ti) && (ruleIds.push(row.id), true))) continue;
    let status: EncounterStatus = "held";
    let dropped = false;
    for (const { row, pattern } of rules.modality) {
      if (!matchesOnTrigger(pattern, units, ti)) continue;
      // "travels to Alaska to meet": the purpose of a trip that is happening is the meeting itself.
      if (frame.purpose && row.id === "modality.plan-to") continue;
      ruleIds.push(row.id);
      if (row.effect === "drop") dropped = true;
      else status = "announced";
      break;
    }
    if (dropped) continue;
    const parties = dedupeParties(frame.parties.flatMap((name) => partiesOf(match.captures.get(name))));
    // "phone calls between A, B and C": one report, however many trigger words it has.
    const partyKey = `${ti}:${parties.map((p) => (p.type === "pronoun" ? `p${p.start}` : p.type === "role" ? `r${p.role.start}` : p.mention.name)).sort().join("|")}`;
    if (seen.has(partyKey)) continue;
    seen.add(partyKey);
    const near = units.slice(Math.max(0, ti - 3), ti + 5);
    const video = near.some((u) => u.type === "WORD" && VIDEO_WORDS.has(u.key)) || !!trig?.video;
    const phone = near.some((u) => u.type === "WORD" && PHONE_WORDS.has(u.key));
    // "spoke one-on-one", "talked face to face": in person, whatever the verb.
    const together = near.some((u) => u.type === "WORD" && IN_PERSON_WORDS.has(u.key));
    const mode: Mode | null = frame.mode ?? (video || phone ? "remote" : frame.ceremony || together ? "in-person" : trig?.mode ?? null);
    const firstUnit = Math.min(match.start, ti);
    out.push({
      sentence: ctx.sentence.index,
      trigger: { start: t.start, end: t.end, text: ctx.body.slice(t.start, t.end) },
      triggerUnit: ti,
      nounTrigger: !!frame.reference,
      parties,
      mode,
      video,
      summitWord: /^summit/.test(t.key),
      ceremony: !!frame.ceremony,
      context: !!frame.context,
      status,
      tense: status === "announced" ? "future" : triggerTense(units, ti, ctx.tense),
      date: dateFor(units, ti, firstUnit, match.end),
      place: mode === "remote" ? null : placeFor(units, ti, firstUnit, match.end),
      event: eventFor(units, firstUnit, match.end),
      rules: ruleIds,
      slots: slotsAfter(units, firstUnit),
    });
  }
  // Meeting nouns no frame claimed matter only in a sentence that reports no encounter of its own.
  return { candidates: out, orphans: out.length ? [] : orphansOf(units, rules, ctx, claimed) };
}

const NOUN_TRIGGERS = new Set(TRIGGERS.filter((t) => t.macro === "meeting_noun" || t.macro === "call_noun" || t.macro === "video_noun").flatMap((t) => t.forms.map(fold)));
/** "Senior U.S. and Russian officials met": a meeting verb whose subject is a group. */
const GROUP_MEET = new Set(["met", "meet", "meets"]);
const CALL_NOUNS = new Set(TRIGGERS.filter((t) => t.macro === "call_noun").flatMap((t) => t.forms.map(fold)));

/** Meeting and call nouns no frame claimed, with what the sentence says about them. */
function orphansOf(units: readonly Unit[], rules: CompiledRules, ctx: Context, claimed: ReadonlySet<number>): Orphan[] {
  const out: Orphan[] = [];
  // Everyone named: persons, and unknown names of two words or more ("Arabia" alone is no one).
  const named = units.filter((u) => u.type === "PERSON" || u.type === "NAME").map((u) => (u.ref as { name: string }).name);
  for (const t of units) {
    const groupVerb = t.type === "WORD" && GROUP_MEET.has(t.key) && units.slice(Math.max(0, t.index - 3), t.index).some((u) => u.type === "ROLE" && (u.ref as RolePhrase).plural);
    if (t.type !== "WORD" || !(NOUN_TRIGGERS.has(t.key) || groupVerb) || claimed.has(t.index)) continue;
    const ruleIds = ["orphan"];
    if (rules.vetoes.some(({ pattern }) => matchesOnTrigger(pattern, units, t.index))) continue;
    let status: EncounterStatus = "held";
    let dropped = false;
    for (const { row, pattern } of rules.modality) {
      if (!matchesOnTrigger(pattern, units, t.index)) continue;
      ruleIds.push(row.id);
      if (row.effect === "drop") dropped = true;
      else status = "announced";
      break;
    }
    if (dropped) continue;
    const near = units.slice(Math.max(0, t.index - 3), t.index + 4);
    const video = near.some((u) => u.type === "WORD" && VIDEO_WORDS.has(u.key));
    const phone = CALL_NOUNS.has(t.key) || near.some((u) => u.type === "WORD" && PHONE_WORDS.has(u.key));
    const mode: Mode | null = video || phone ? "remote" : "in-person";
    out.push({
      sentence: ctx.sentence.index,
      trigger: { start: t.start, end: t.end, text: ctx.body.slice(t.start, t.end) },
      mode, video, status,
      date: dateFor(units, t.index, t.index, t.index + 1),
      place: mode === "remote" ? null : placeFor(units, t.index, t.index, t.index + 1),
      event: eventFor(units, t.index, t.index + 1),
      summitWord: /^summit/.test(t.key),
      slots: slotsAfter(units, t.index),
      named,
      cued: PLURAL_NOUNS.has(t.key) || units.slice(Math.max(0, t.index - 3), t.index).some((u) => u.type === "WORD" && ANAPHORIC_CUES.has(u.key)),
      rules: ruleIds,
    });
  }
  return out;
}

/**
 * The occasions listed after `from`: each starts at a gathering or a place and ends at the date after it
 * ("at the APEC Summit in Da Nang, Vietnam, in November 2017 …, and a summit in Helsinki, Finland, in July 2018").
 * Fewer than two dated occasions: none (the sentence reports one encounter).
 */
function slotsAfter(units: readonly Unit[], from: number): Slot[] {
  const slots: Slot[] = [];
  let place: PlaceMention | null = null;
  let event: EventMention | null = null;
  let summitWord = false;
  for (let i = from; i < units.length; i++) {
    const u = units[i] as Unit;
    if (u.type === "WORD" && u.key === ";") break;
    // An aside in brackets lists nothing; another clause ("since Putin returned to the Kremlin in May") ends the list.
    if (u.type === "WORD" && u.key === "(") {
      while (i < units.length && (units[i] as Unit).key !== ")") i++;
      continue;
    }
    if (u.type === "WORD" && SLOT_ENDS.has(u.key)) break;
    if (u.type === "WORD" && /^summit/.test(u.key)) summitWord = true;
    if (u.type === "EVENT") event ??= u.ref as EventMention;
    else if (u.type === "PLACE" && (u.ref as PlaceMention).prep !== "from") place ??= u.ref as PlaceMention;
    else if (u.type === "DATE") {
      const prev = units[i - 1];
      const d = u.ref as DateMention;
      if ((prev?.type === "WORD" && NOT_THIS_DATE.has(prev.key)) || !d.value) continue;
      if (place || event) slots.push({ place, event, date: d, summitWord });
      place = null;
      event = null;
      summitWord = false;
    }
  }
  return slots.length >= 2 ? slots : [];
}

/** Whether a pattern matches with its `T` on the trigger at `ti` (any start position up to it). */
function matchesOnTrigger(pattern: Pattern, units: readonly Unit[], ti: number): boolean {
  const onTrigger = (caps: ReadonlyMap<string, readonly Unit[]>) => caps.get("T")?.[0]?.index === ti;
  for (let start = 0; start <= ti; start++) if (pattern.canStart(units, start) && matchAt(pattern, units, start, onTrigger)) return true;
  return false;
}

function dedupeParties(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const k = p.type === "pronoun" ? `p${p.start}` : p.type === "role" ? `r${p.role.start}` : p.mention.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const PAST_FORMS = new Set(["met", "held", "spoke", "talked", "called", "phoned", "hosted", "received", "welcomed", "greeted", "visited", "sat", "had", "conferred", "discussed", "signed", "joined", "confronted", "lunched", "dined", "telephoned", "was", "were", "did", "said", "told", "made", "took", "gave", "went", "came", "flew", "led", "began", "found", "got", "saw", "became", "left", "brought", "thought", "wrote", "spent", "sought",
  "broke", "chose", "drove", "ate", "fell", "felt", "fought", "forgot", "grew", "heard", "hid", "hit", "kept", "knew", "lay", "lost",
  "meant", "paid", "put", "ran", "rang", "rose", "sat", "sent", "set", "shook", "shot", "shut", "sang", "stood", "stole", "struck",
  "swore", "taught", "tore", "threw", "understood", "woke", "won", "wore", "withdrew", "arose", "bore", "built", "bought", "caught",
  "dealt", "drew", "fed", "fled", "forbade", "forgave", "froze", "hung", "laid", "lent", "let", "lit", "read", "rode", "sold", "sought", "spoke"]);
const PRESENT_FORMS = new Set(["meets", "meet", "holds", "hold", "speaks", "speak", "talks", "talk", "calls", "call", "phones", "hosts", "receives", "welcomes", "greets", "visits", "sits", "has", "have", "confers", "discuss", "discusses", "signs", "sign", "joins", "confronts", "lunches", "dines", "is", "are", "begin", "begins", "start", "starts", "end", "ends"]);

/** The tense of the trigger's clause: its own form, its auxiliaries, else the verb right after its subject. */
function triggerTense(units: readonly Unit[], ti: number, sentenceTense: Tense): Tense {
  const t = units[ti] as Unit;
  if (PAST_FORMS.has(t.key) || /^[a-z]{3,}ed$/.test(t.key)) return "past";
  // Auxiliaries and adverbs right before it: "had met", "has spoken", "is meeting".
  for (let i = ti - 1; i >= Math.max(0, ti - 4); i--) {
    const u = units[i] as Unit;
    if (u.type !== "WORD") break;
    if (["has", "have", "had", "was", "were", "did"].includes(u.key)) return "past";
    if (["is", "are", "does", "do", "am"].includes(u.key)) return "unknown";
    if (!PRE_WORDS.has(u.key) && u.key !== "not") break;
  }
  if (PRESENT_FORMS.has(t.key)) return "unknown";
  // A noun or an infinitive ("broke off the talks to phone Putin", "after a call with …"): the verb after the subject.
  for (let i = ti - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    if (u.type !== "PERSON" && u.type !== "NAME" && u.type !== "PRON") continue;
    let j = i + 1;
    while (units[j]?.type === "WORD" && PRE_WORDS.has((units[j] as Unit).key) && j - i < 4) j++;
    const verb = units[j];
    if (verb?.type === "WORD" && (PAST_FORMS.has(verb.key) || /^[a-z]{3,}ed$/.test(verb.key))) return "past";
    if (verb?.type === "WORD" && (PRESENT_FORMS.has(verb.key) || /^[a-z]{3,}s$/.test(verb.key))) return "unknown";
    break;
  }
  return sentenceTense;
}

/** Words after which a date phrase dates something else: "born on", "since 2011", "elected in 2019". */
const NOT_THIS_DATE = new Set(["since", "until", "till", "born", "founded", "elected", "appointed", "established", "signed", "expire", "expires", "expired", "from", "through", "ago", "by", "photographed", "pictured", "before", "ended", "began", "after"]);
/** Words that open another clause or phrase: a date after one belongs to it, not to the meeting. */
const BARRIERS = new Set([
  "before", "after", "since", "until", "following", "due", "because", "as", "while", "when", "whereas", "which", "who",
  "whom", "whose", "that", "where", "amid", "amidst", "despite", "although", "though", "ahead", "prior", "marking",
  "making", "becoming", "including", "but", "and", "so", "if", "unless", "whether", "to", ";", ":", "(", ")",
  "—", "–", "said", "says", "say", "according", "announced", "announces", "reported", "reports", "followed", "preceded",
]);

/** Words between a subject and its verb that leave a date there to the verb: "Trump on Monday also met …". */
const PRE_WORDS = new Set(["on", "in", "also", "later", "then", "again", "had", "has", "have", "was", "were", "will", "would", "first", "finally", "last", "this", "next"]);
const NOT_VERBS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "these", "those", "face"]);
/** "to" before a verb ("to secure a deal") opens a clause; "to his ranch", "to Washington" do not. */
function infinitive(units: readonly Unit[], i: number): boolean {
  const next = units[i + 1];
  // "talks, expected to be the last, on Saturday", "a summit to be held in Lima": "to be" goes on with the same event.
  return !!next && next.type === "WORD" && /^[a-z]/.test(next.key) && !NOT_VERBS.has(next.key) && next.key !== "be";
}

/**
 * The date phrase that dates the trigger: inside the match ("Trump on Monday met Putin"), right after it before
 * any other clause opens ("met Putin in Geneva on June 16"), or opening the sentence ("On Monday, …").
 */
function dateFor(units: readonly Unit[], ti: number, from: number, to: number): DateMention | null {
  const usable = (u: Unit | undefined): DateMention | null => {
    if (!u || u.type !== "DATE") return null;
    // "since 2011", "photographed in 2006", "born on June 23, 1941": the word before (a preposition aside).
    let prev = units[u.index - 1];
    if (prev?.type === "WORD" && (prev.key === "in" || prev.key === "on")) prev = units[u.index - 2];
    if (prev && prev.type === "WORD" && NOT_THIS_DATE.has(prev.key)) return null;
    const d = u.ref as DateMention;
    return d.value || d.relative ? d : null;
  };
  // After the trigger, to the end of its clause: "met Lee … at the Istana on Monday".
  for (let i = ti + 1; i < Math.min(units.length, to + 20); i++) {
    const u = units[i] as Unit;
    // Inside the match ("between Trump and Putin") nothing opens another clause.
    if (i >= to && u.type === "WORD" && BARRIERS.has(u.key) && !(u.key === "to" && !infinitive(units, i))) break;
    const d = usable(u);
    if (d) return d;
  }
  // Between the subject and its verb: "Trump on Monday met Putin"; not across another verb ("arrived on Sunday and met").
  for (let i = ti - 1; i >= from && ti - i <= 4; i--) {
    const u = units[i] as Unit;
    const d = usable(u);
    if (d) return d;
    if (u.type !== "WORD" || !(PRE_WORDS.has(u.key) || u.key === ",")) break;
  }
  // "Donald Trump on Sunday became the first … to shake hands with Kim": a date right after the subject dates its verb.
  for (let i = from + 1; i < Math.min(ti, from + 3); i++) {
    const u = units[i] as Unit;
    const d = usable(u);
    if (d) return d;
    if (u.type !== "WORD" || !PRE_WORDS.has(u.key)) break;
  }
  // "On April 2 the two spoke by phone": a date opening the sentence, before the subject.
  if (from >= 1 && from <= 2 && units[from - 1]?.type === "DATE" && (from === 1 || ["on", "in", "during", "by"].includes(units[0]?.key ?? ""))) {
    const d = usable(units[from - 1]);
    if (d) return d;
  }
  // "…, Monday, August 18, 2025, in the Oval Office": the sentence's only full date, if it has one and no other.
  const full = units.filter((u) => u.type === "DATE" && !(u.ref as DateMention).relative && (u.ref as DateMention).precision === "day");
  if (full.length === 1 && units.filter((u) => u.type === "DATE").length === 1) {
    const d = usable(full[0]);
    if (d) return d;
  }
  // "In July, he helped arrange a meeting between …": a date opening the sentence, set off by a comma, dates all of it.
  const lead = units[0]?.type === "WORD" && ["in", "on", "during", "by"].includes(units[0].key) ? 1 : 0;
  if (units[lead]?.type === "DATE" && units[lead + 1]?.key === ",") return usable(units[lead]);
  // "… was in 1956, when President Dwight Eisenhower met …": the date a "when" clause hangs on.
  if (units[from - 1]?.key === "when" && units[from - 2]?.key === "," && units[from - 3]?.type === "DATE") return usable(units[from - 3]);
  // "On Monday, …", "Later that year, in June 2021, …": a date in a phrase fronted before the subject and a comma.
  if (units[from - 1]?.key === ",") {
    for (let i = from - 2; i >= 0; i--) {
      const u = units[i] as Unit;
      if (u.type === "WORD" && BARRIERS.has(u.key) && u.key !== "and") break;
      const d = usable(u);
      if (d) return d;
    }
  }
  return null;
}

/** The place of the meeting: "in X"/"at X" after the trigger in its clause, else one inside the match. */
/** A venue and the city after it are one place: "at the San Domenico Palace hotel … in Taormina". */
function withCity(units: readonly Unit[], i: number): PlaceMention {
  const place = (units[i] as Unit).ref as PlaceMention;
  if (!place.venue || place.city) return place;
  for (let j = i + 1; j < Math.min(units.length, i + 12); j++) {
    const u = units[j] as Unit;
    if (u.type === "WORD" && BARRIERS.has(u.key)) break;
    const next = u.ref as PlaceMention;
    if (u.type === "PLACE" && next.city && (LOCATIVE_PREPS.has(next.prep ?? "") || next.prep === null)) return { ...place, city: next.city, region: next.region, country: next.country };
  }
  return place;
}

function placeFor(units: readonly Unit[], ti: number, from: number, to: number): PlaceMention | null {
  // Where something happens is said with "in", "at", "near": not "talks on Syria", "conflicts like Syria".
  const isPlace = (u: Unit | undefined) => u?.type === "PLACE" && LOCATIVE_PREPS.has((u.ref as PlaceMention).prep ?? "");
  // "on the sidelines of the 16th BRICS Summit in Kazan": the gathering's place is the meeting's, a little further on.
  let end = Math.min(units.length, to + 8);
  for (let i = ti + 1; i < end; i++) {
    const u = units[i] as Unit;
    if (u.type === "EVENT") end = Math.min(units.length, Math.max(end, i + 4));
    if (u.type === "WORD" && (u.key === ";" || u.key === "to" && units[i + 1]?.type === "WORD" && !isPlace(units[i + 1]))) break;
    // "… the first between Modi and Putin since the summit in Samarkand": not where this one was. But "ended their
    // talks after their meeting in the White House …" speaks of the same meeting.
    const same = units[i + 1]?.key === "their" && NOUN_TRIGGERS.has(units[i + 2]?.key ?? "");
    if (i >= to && u.type === "WORD" && BARRIERS.has(u.key) && u.key !== "to" && u.key !== "and" && !same) break;
    if (isPlace(u)) return withCity(units, i);
  }
  for (let i = from; i < ti; i++) if (isPlace(units[i])) return (units[i] as Unit).ref as PlaceMention;
  // "visits Saudi Arabia … to meet", "a visit to Ireland with …": the destination of the trip.
  const trip = (u: Unit | undefined) => u?.type === "PLACE" && (u.ref as PlaceMention).prep === "to";
  for (let i = from; i < Math.min(units.length, to + 2); i++) if (trip(units[i])) return (units[i] as Unit).ref as PlaceMention;
  return null;
}

const LOCATIVE_PREPS = new Set(["in", "at", "near", "outside", "inside"]);
const SLOT_ENDS = new Set(["since", "until", "before", "after", "when", "while", "where", "which", "who", "because", "although", "though", "unlike"]);
/** Plural meeting nouns, and the words before a meeting noun that point back to the people of the story. */
const PLURAL_NOUNS = new Set(["meetings", "summits", "calls", "encounters", "conversations"]);
const ANAPHORIC_CUES = new Set(["their", "subsequent", "other", "previous", "earlier", "later", "first", "second", "third", "last", "next", "further", "direct", "presidential", "bilateral", "these", "those"]);
const IN_PERSON_WORDS = new Set(["one-on-one", "face-to-face", "tete-a-tete", "in-person"]);

/** The gathering the meeting was at: one named inside the match or just after it ("on the sidelines of the G20"). */
function eventFor(units: readonly Unit[], from: number, to: number): EventMention | null {
  for (let i = Math.max(0, from - 6); i < Math.min(units.length, to + 20); i++) {
    const u = units[i] as Unit;
    if (u.type === "WORD" && (u.key === ";" || (i >= to && BARRIERS.has(u.key) && u.key !== "to" && u.key !== "and"))) break;
    if (u.type === "EVENT") return u.ref as EventMention;
  }
  return null;
}

/** The kind a candidate is, from its mode and what the sentence says around it. */
export function kindOf(c: SentenceCandidate, principalsAreLeaders: boolean): EncounterKind {
  if (c.mode === "remote") return c.video ? "video" : "call";
  // "spoke briefly on the sidelines of the APEC summit": a gathering puts them in one place.
  if (c.event) return "sideline";
  if (c.mode === null && !c.place) return "call";
  if (c.summitWord || principalsAreLeaders) return "summit";
  return "meeting";
}
