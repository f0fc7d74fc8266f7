// Sentences → encounter candidates. A candidate is one meeting or call one
// sentence reports: its kind, status, date, place, multilateral event and the
// named people taking part, with the sentence as evidence. Resolving names to
// people and merging candidates into encounters happens later (resolve/).

import { clauseTense, findDates, type DateMention } from "./dates.js";
import type { Gazetteer } from "./gazetteer.js";
import type { PersonMention } from "./people.js";
import { findEvents, findPlaces, type EventMention, type PlaceMention } from "./places.js";
import { findQuotations, type Sentence } from "./text.js";

export type EncounterKind = "summit" | "sideline" | "meeting" | "call" | "video";
export type EncounterStatus = "held" | "announced";
export type Mode = "in-person" | "remote";

export const modeOf = (kind: EncounterKind): Mode => (kind === "call" || kind === "video" ? "remote" : "in-person");

export interface EncounterCandidate {
  readonly kind: EncounterKind;
  readonly status: EncounterStatus;
  readonly date: string | null;
  /** The phrase the date was read from, kept when it could not be resolved. */
  readonly dateText: string | null;
  readonly place: PlaceMention | null;
  readonly event: string | null;
  readonly participants: readonly PersonMention[];
  readonly evidence: { readonly start: number; readonly end: number };
  /** No date, place or event of its own: a back-reference to an encounter reported elsewhere. */
  readonly reference: boolean;
  readonly sentence: number;
  /** Where a side of a call was ("Putin, speaking from Sochi"). */
  readonly whereabouts: ReadonlyArray<{ readonly person: PersonMention; readonly place: PlaceMention }>;
}

export interface EncounterInput {
  readonly body: string;
  readonly sentences: readonly Sentence[];
  readonly people: readonly PersonMention[];
  readonly published: string | null;
  readonly gazetteer: Gazetteer;
}

interface Trigger {
  readonly start: number;
  readonly end: number;
  readonly mode: Mode;
  readonly video: boolean;
  readonly summit: boolean;
  readonly plural: boolean;
  /** A verb that takes its partner as a direct object ("met Putin", "called Biden"). */
  readonly transitive: boolean;
}

const VIDEO_RE = /\b(?:secure\s+|virtual\s+)?video(?:[- ]?(?:calls?|chats?|conferences?|conferencing|links?|summits?|meetings?|talks|conversations?))\b|\bvideo-?conferenc\w*|\bvirtual(?:ly)?\s+(?:summits?|meetings?|talks|calls?|conversations?|encounters?)\b|\b(?:met|meet|meets|meeting|talked|spoke|speak|held talks)\s+(?:virtually|by video(?:\s?link)?|via video(?:\s?link)?|online)\b/gi;
const CALL_RE = /\b(?:tele)?phone\s+(?:calls?|conversations?|talks|discussions?|exchanges?)\b|\b(?:spoke|speak|speaks|speaking|talked|talk|talks|conferred|chatted)\s+(?:(?:with|to)\s+[^.;\s](?:[^.;]{0,58}?[^.;\s])?\s+)?(?:by|on the|over the|via)\s+(?:tele)?phone\b|\bcalls?\b|\bcalled\b|\bphoned\b|\bphones\b/gi;
const IN_PERSON_RE = /\bmet\b|\bmeet(?:s|ing|ings)?\b|\bsummit(?:s|ry)?\b|\btalks\b|\bsat down\b|\bsit(?:s|ting)? down\b|\bsit-downs?\b|\bhosted\b|\bhosts\b|\bwelcomed\b|\bencounters?\b/gi;

const CALL_BEFORE = /(?:\b(?:a|an|the|their|his|her|its|one|another|phone|telephone|presidential|direct|crucial|first|second|third|latest|last|recent|earlier|previous|follow-up|hour-long|lengthy|long|brief|private|secret|tense|cordial|leaders['’]?|congratulatory|rare|scheduled|planned|surprise|conference|two-hour|\d+-minute|\d+-hour|of the|earliest|several|two|three|four|five|\w+['’]s?)\s+(?:[\w-]+\s+){0,2})$/i;
const CALL_NOT_AFTER = /^\s+(?:for|off|out|up|it|them|into|attention|on\s+(?!\p{Lu}))/u;
const CALL_NOT_BEFORE = /(?:so-|wake-up\s+|close\s+|judg(?:e)?ment\s+|roll\s+|curtain\s+|casting\s+|margin\s+|booty\s+|cat\s+)$/i;

/** Words that may stand between the people and the verb or noun of meeting. */
const SUBJECT_GLUE = /^(?:['’]s?)?(?:[\s,]+(?:then|also|later|finally|again|both|reportedly|previously|ultimately|officially|formally|briefly|privately|first|last|once|had|has|have|will|would|shall|did|does|do|is|are|was|were|to|be|been|set|scheduled|expected|due|plan|plans|planned|going|agreed|held|hold|holds|holding|conducted|their|his|her|a|an|the|second|third|final|closed-door|one-on-one|bilateral|expanded|lengthy|long-awaited|highly|anticipated|face-to-face|in-person|historic|landmark|private|formal|informal|brief|hour-long|\d+-minute|\d+-hour|two-hour|secret|high-stakes|long|short|first-ever|tense|cordial|direct|initial|significant|substantive|separate|joint|working|official|summit|phone|telephone|virtual|secure|rare|latest|recent|previous|earlier|next|upcoming|meanwhile|and|not|directly|personally|together|jointly|twice|still|already|in|person|each|other|on|sidelines?|margins?|of|spoke|talked|three-hour|teleconference))*[\s,]*$/i;
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|(?<=\s)and\s+|[-–]\s*|(?<=\s)&\s+)$/;
const OBJECT_LEAD = /^(?:\s+\S+){0,3}?\s+(?:with|between|among|alongside)\s+/i;
const OBJECT_END = /\s(?:before|after|while|when|where|which|who|whom|that|to|on|in|at|for|during|amid|over|about|ahead|since|following|until|as|but|because|despite|than|last|this|next|by|via|from)\s|[;:()—–?!"“”]|,\s(?!and\s|\p{Lu})|\.(?:\s|$)/u;
const ANAPHORA = /\b(?:their|the (?:two )?leaders|both leaders|both men|the (?:two )?presidents|the two men|the pair|the two sides|the two|subsequent|further|other encounters|another|follow-up|these|those)\b/i;
const GROUP_POSSESSIVE = /\b(?<!\p{L})(?!(?:leaders|presidents|men)['’])[\p{L}]+(?:['’]s|s['’])\s+(?:\d{4}\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;
const HOPE_OR_NEGATION = /\b(?:hop(?:e|ed|es|ing)\s+(?:for|to|that)|would like to|wants? to|wanted to|could|might|possible|possibility|potential|prospects?|proposed?|proposal|offered to|invit(?:e|ed|es|ation)|calls? for|called for|urg(?:e|ed|es|ing)|push(?:ed|es|ing)? for|seek(?:s|ing)?|sought|no plans?|not\s+(?:yet\s+)?(?:meet|met|hold|held|speak|spoken|talk)|never\s+(?:met|meet|spoke|held)|did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|won['’]t|refused|declined|ruled out|cancel+(?:ed|s)?|called off|scrapped|postponed|if|unless|whether|should|needs? to|ought|instead of|rather than|without)\b|\bmay\b(?!\s+\d)/i;
const PLAN = /\b(?:will|shall|is to|are to|set to|scheduled|expected to|due to|plans? to|planned|planning to|agreed to (?:meet|hold|talk|speak)|upcoming|to be held|anticipated|would (?:meet|hold|travel|host|speak|talk)|announced (?:that )?(?:they|he|she) would|tomorrow|next)\b|['’]ll\b/i;
const DEMONSTRATIVE = /^(?:This|That|It)\s+(?:was|is|had been|became|marked|proved)\b/;

function blank(text: string, spans: Array<{ start: number; end: number }>, base: number): string {
  const chars = text.split("");
  for (const s of spans) for (let i = Math.max(s.start - base, 0); i < Math.min(s.end - base, chars.length); i++) chars[i] = " ";
  return chars.join("");
}

function findTriggers(text: string, base: number, people: readonly PersonMention[]): Trigger[] {
  const out: Trigger[] = [];
  const overlaps = (s: number, e: number) => out.some((t) => t.start < e && s < t.end);
  for (const m of text.matchAll(VIDEO_RE)) {
    const s = base + (m.index ?? 0);
    out.push({ start: s, end: s + m[0].length, mode: "remote", video: true, summit: /summit/i.test(m[0]), plural: /s$/i.test(m[0]) && !/talks$/i.test(m[0]), transitive: false });
  }
  for (const m of text.matchAll(CALL_RE)) {
    const i = m.index ?? 0;
    const s = base + i, e = s + m[0].length;
    if (overlaps(s, e)) continue;
    const word = m[0].toLowerCase();
    const before = text.slice(Math.max(0, i - 40), i);
    const after = text.slice(i + m[0].length, i + m[0].length + 40);
    let transitive = false;
    if (word === "called" || word === "phoned" || word === "phones") {
      // "Biden called Putin": the partner follows at once (titles allowed).
      const next = people.find((p) => p.phraseStart >= e && p.phraseStart <= e + 2);
      if (!next) continue;
      transitive = true;
    } else if (word === "call" || word === "calls") {
      if (!CALL_BEFORE.test(before) || CALL_NOT_AFTER.test(after) || CALL_NOT_BEFORE.test(before)) continue;
    }
    const plural = /\bcalls$/i.test(word) && !/\bone of\b/i.test(before);
    out.push({ start: s, end: e, mode: "remote", video: false, summit: false, plural, transitive });
  }
  for (const m of text.matchAll(IN_PERSON_RE)) {
    const i = m.index ?? 0;
    const s = base + i, e = s + m[0].length;
    if (overlaps(s - 12, e + 12) && out.some((t) => t.mode === "remote" && Math.abs(t.start - s) < 16)) continue;
    if (overlaps(s, e)) continue;
    const word = m[0].toLowerCase();
    const after = text.slice(i + m[0].length, i + m[0].length + 60);
    if (word === "met" && /\b(?:was|were|been|be|is|are|being|get|got)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, i - 20), i)) && !/^\s+by\s/.test(after)) continue; // "were met with criticism"
    if (/^(?:meet|meets|met|meeting)$/.test(word)) {
      // "meet their responsibilities", "met with a response": no partner, no meeting.
      const obj = /^\s+(?:with\s+)?(?:their|the|its|our|a|an|these|those|this|all|any|some|such|resistance|criticism|skepticism|approval|opposition|silence|expectations?|demands?|needs?|targets?|goals?|deadlines?|standards?|requirements?)\b/i.exec(after);
      if (obj && !people.some((p) => p.phraseStart > e && p.phraseStart < e + obj[0].length + 30)) continue;
    }
    if ((word === "hosted" || word === "hosts" || word === "welcomed") && !people.some((p) => p.phraseStart >= e && p.phraseStart <= e + 2)) continue;
    const plural = /^(?:meetings|summits|encounters|sit-downs)$/.test(word) && !/\bone of\b/i.test(text.slice(Math.max(0, i - 30), i));
    out.push({ start: s, end: e, mode: "in-person", video: false, summit: word.startsWith("summit"), plural, transitive: /^(?:met|meet|meets|hosted|hosts|welcomed)$/.test(word) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** People joined to the trigger as its subject: "Biden and Putin met", "Biden’s meeting". */
function subjectOf(trigger: Trigger, mentions: readonly PersonMention[], body: string): PersonMention[] {
  const before = mentions.filter((p) => p.end <= trigger.start);
  const last = before[before.length - 1];
  if (!last || !SUBJECT_GLUE.test(body.slice(last.end, trigger.start))) return [];
  const run = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const p = before[i];
    const next = run[0];
    if (!p || !next) break;
    if (!COORDINATION.test(body.slice(p.end, next.phraseStart))) break;
    run.unshift(p);
  }
  return run;
}

/** People after the trigger: "met with X and Y", "a call between X and Y", "called X". */
function objectOf(trigger: Trigger, mentions: readonly PersonMention[], body: string, sentenceEnd: number): PersonMention[] {
  const tail = body.slice(trigger.end, sentenceEnd);
  let spanStart: number;
  const lead = OBJECT_LEAD.exec(tail);
  if (lead && lead[0].length < 40) spanStart = trigger.end + lead[0].length;
  else if (trigger.transitive) spanStart = trigger.end;
  else return [];
  const rest = body.slice(spanStart, sentenceEnd);
  const stop = OBJECT_END.exec(rest);
  let spanEnd = stop ? spanStart + stop.index : sentenceEnd;
  // The span may cross role phrases with "of"/"for" in them; extend over a name that starts inside.
  const inSpan = mentions.filter((p) => p.phraseStart >= spanStart && p.phraseStart < spanEnd);
  if (inSpan.length === 0) {
    const first = mentions.find((p) => p.phraseStart >= spanStart && p.phraseStart <= spanStart + 2);
    if (!first) return [];
    spanEnd = first.end;
    return [first];
  }
  // Keep the coordinated run from the first person on.
  const run = [inSpan[0] as PersonMention];
  for (const p of inSpan.slice(1)) {
    const prev = run[run.length - 1] as PersonMention;
    if (!COORDINATION.test(body.slice(prev.end, p.phraseStart))) break;
    run.push(p);
  }
  return run;
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | null {
  const usable = dates.filter((d) => !/^(?:since|until)\b/i.test(d.text));
  let best: DateMention | null = null;
  for (const d of usable) {
    const dist = d.start >= at ? d.start - at : at - d.end;
    const bestDist = best ? (best.start >= at ? best.start - at : at - best.end) : Infinity;
    if (dist < bestDist || (best && dist === bestDist && (d.precision?.length ?? 0) > (best.precision?.length ?? 0))) best = d;
  }
  return best;
}

interface Slot {
  start: number;
  end: number;
  place: PlaceMention | null;
  event: EventMention | null;
  date: DateMention | null;
  summit: boolean;
}

/** One slot per place group; the date after a place (or before it) belongs to it. */
function slotsOf(sentence: Sentence, places: PlaceMention[], events: EventMention[], dates: DateMention[], text: string): Slot[] {
  const groups: PlaceMention[][] = [];
  for (const p of places.filter((x) => x.prep !== "from" && x.prep !== "to")) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && /^\s*(?:,\s*)?(?:(?:in|near|outside|outside of)\s*)?$/.test(text.slice(prev.end - sentence.start, p.start - sentence.start))) g.push(p);
    else groups.push([p]);
  }
  const slots: Slot[] = [];
  let from = sentence.start;
  groups.forEach((g, i) => {
    const first = g[0] as PlaceMention;
    const last = g[g.length - 1] as PlaceMention;
    const nextStart = groups[i + 1]?.[0]?.start ?? sentence.end;
    const after = dates.find((d) => d.start >= last.end && d.end <= nextStart);
    const before = [...dates].reverse().find((d) => d.end <= first.start && d.start >= from);
    const event = [...events].reverse().find((e) => e.end <= first.start && e.start >= from && first.start - e.end < 40) ?? null;
    const merged: PlaceMention = g.length === 1 ? first : {
      ...first,
      end: last.end,
      text: text.slice(first.start - sentence.start, last.end - sentence.start),
      city: g.find((p) => p.city)?.city ?? null,
      region: g.find((p) => p.region)?.region ?? null,
      country: g.find((p) => p.country)?.country ?? null,
      venue: g.find((p) => p.venue)?.venue ?? null,
    };
    const end = after ? after.end : last.end;
    slots.push({ start: from, end, place: merged, event, date: after ?? before ?? null, summit: /\bsummit\b/i.test(text.slice(from - sentence.start, end - sentence.start)) });
    from = end;
  });
  return slots;
}

function kindFor(triggers: readonly Trigger[], slot: Slot | null, mode: Mode, eventNearby: EventMention | null): EncounterKind {
  if (mode === "remote") return triggers.some((t) => t.video) ? "video" : "call";
  if (slot?.event || eventNearby) return "sideline";
  if ((slot && slot.summit) || triggers.some((t) => t.summit)) return "summit";
  return "meeting";
}

/** The two people a document is mostly about: a hyphenated pair in the opening lines, else the commonest pair. */
export function topicPair(body: string, people: readonly PersonMention[], candidates: ReadonlyArray<readonly PersonMention[]>): PersonMention[] {
  const opening = body.slice(0, 400);
  const hy = people.filter((p) => p.start < 400 && /[-–]/.test(opening[p.end - 0] ?? "") && people.some((q) => q.start === p.end + 1));
  const first = hy[0];
  if (first) {
    const second = people.find((q) => q.start === first.end + 1);
    if (second) return [first, second];
  }
  const counts = new Map<string, { n: number; pair: PersonMention[] }>();
  for (const ps of candidates) {
    if (ps.length !== 2) continue;
    const key = ps.map((p) => p.name).sort().join("|");
    const c = counts.get(key) ?? { n: 0, pair: [...ps] };
    c.n++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.pair ?? [];
}

const surnameKey = (p: PersonMention) => (p.name.split(" ").pop() ?? p.name).toLowerCase();
function uniquePeople(list: readonly PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = surnameKey(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

interface Draft {
  kind: EncounterKind;
  status: EncounterStatus;
  date: DateMention | null;
  place: PlaceMention | null;
  event: string | null;
  participants: PersonMention[];
  evidence: { start: number; end: number };
  sentence: Sentence;
  anaphoric: boolean;
  sentencePeople: PersonMention[];
  whereabouts: Array<{ person: PersonMention; place: PlaceMention }>;
}

export function findEncounters(input: EncounterInput): EncounterCandidate[] {
  const { body, sentences, people, published, gazetteer } = input;
  const drafts: Draft[] = [];
  sentences.forEach((sentence, si) => {
    if (/\?\s*["'”’)]*$/.test(sentence.text)) return; // questions report nothing
    const quotes = findQuotations(sentence.text, sentence.start).map((q) => ({ start: q.open, end: q.close }));
    const parens = [...sentence.text.matchAll(/\([^()]*\)/g)].map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length }));
    const plain = blank(sentence.text, [...quotes, ...parens], sentence.start);
    const inQuote = (at: number) => quotes.some((q) => at >= q.start && at < q.end);
    const mentions = people.filter((p) => p.start >= sentence.start && p.end <= sentence.end && !inQuote(p.start));
    const triggers = findTriggers(plain, sentence.start, mentions);
    if (triggers.length === 0) return;

    let scope = sentence;
    let scopeMentions = mentions;
    const prev = sentences[si - 1];
    if (DEMONSTRATIVE.test(sentence.text) && prev && prev.paragraph === sentence.paragraph) {
      // "… Biden warned Putin … This was a crucial call": the call is the previous sentence's event.
      scope = { ...sentence, start: prev.start, text: body.slice(prev.start, sentence.end) };
      scopeMentions = people.filter((p) => p.start >= prev.start && p.end <= sentence.end && !inQuote(p.start));
    }
    const scopePlain = blank(scope.text, [...quotes, ...parens], scope.start);
    const tense = clauseTense(plain);
    const dates = findDates(scopePlain, { offset: scope.start, published, tense });
    const places = findPlaces(body, scope.start, scope.end, gazetteer).filter((p) => !inQuote(p.start) && !parens.some((s) => p.start >= s.start && p.start < s.end));
    const events = findEvents(scopePlain, 0, scopePlain.length).map((e) => ({ ...e, start: e.start + scope.start, end: e.end + scope.start }));

    for (const mode of ["remote", "in-person"] as const) {
      const ts = triggers.filter((t) => t.mode === mode);
      if (ts.length === 0) continue;
      const lead = ts[0] as Trigger;
      let participants: PersonMention[] = [];
      for (const t of ts) participants.push(...subjectOf(t, scopeMentions, body), ...objectOf(t, scopeMentions, body, sentence.end));
      if (participants.length > 0 && participants.length < 2) {
        // "… meets with Rubio before a call with Putin": the call's caller is the sentence's subject.
        const opener = scopeMentions[0];
        if (opener && opener.phraseStart - scope.start <= 25 && !participants.includes(opener)) participants.unshift(opener);
      }
      participants = uniquePeople(participants);
      const groupMeeting = GROUP_POSSESSIVE.test(body.slice(Math.max(scope.start, lead.start - 60), lead.start)) && participants.length === 0;
      if (groupMeeting) continue;
      const allPlural = ts.every((t) => t.plural);
      const modePlaces = mode === "in-person" ? places : [];
      const specific = allPlural ? modePlaces.filter((p) => p.city || p.venue || p.region) : modePlaces;
      const slots = mode === "in-person" && specific.length > 0 ? slotsOf(scope, specific, events, dates, scope.text) : [];
      if (allPlural && slots.length === 0 && !dates.some((d) => d.precision)) continue; // "further phone calls": nothing in particular
      const anaphoric = ANAPHORA.test(plain.slice(0, Math.max(0, lead.end - sentence.start) + 40));
      const base = {
        participants,
        evidence: { start: scope.start, end: sentence.end },
        sentence,
        anaphoric,
        sentencePeople: uniquePeople(scopeMentions),
        whereabouts: mode === "remote" ? whereaboutsOf(body, scopeMentions, places) : [],
      };
      const window = (from: number, to: number) => plain.slice(Math.max(0, from - sentence.start), Math.max(0, to - sentence.start));
      const statusOf = (text: string, date: DateMention | null): EncounterStatus | null => {
        if (HOPE_OR_NEGATION.test(text)) return null;
        if (PLAN.test(text)) return "announced";
        // A later date in the past or present tense is a page assembled later (a caption), not a plan.
        if (tense === "future" && date?.value && published && date.value.slice(0, published.length) > published.slice(0, date.value.length)) return "announced";
        return "held";
      };
      if (slots.length >= 1) {
        for (const slot of slots) {
          const status = statusOf(window(slot === slots[0] ? sentence.start : slot.start, Math.max(slot.end, lead.end)), slot.date);
          if (!status) continue;
          drafts.push({ ...base, kind: kindFor(ts, slot, mode, null), status, date: slot.date ?? (slots.length === 1 ? nearestDate(dates, lead.start) : null), place: slot.place, event: slot.event?.name ?? null });
        }
      } else {
        const date = nearestDate(dates, lead.start);
        const status = statusOf(window(sentence.start, lead.end + 30), date);
        if (!status) continue;
        const event = events.find((e) => Math.abs(e.start - lead.start) < 80) ?? null;
        drafts.push({ ...base, kind: kindFor(ts, null, mode, event), status, date, place: null, event: event?.name ?? null });
      }
    }
  });

  // Fill in who took part where the sentence leaves it to context.
  const pair = topicPair(body, people, drafts.filter((d) => d.participants.length >= 2).map((d) => d.participants));
  const inPair = (p: PersonMention) => pair.some((q) => surnameKey(q) === surnameKey(p));
  let previous: PersonMention[] = [];
  const out: EncounterCandidate[] = [];
  for (const d of drafts) {
    let ps = d.participants;
    if (ps.length === 1 && pair.length === 2 && inPair(ps[0] as PersonMention)) ps = uniquePeople([...ps, ...pair]);
    if (ps.length < 2 && d.sentencePeople.length === 2) ps = d.sentencePeople;
    if (ps.length === 1 && d.sentencePeople.length >= 1 && pair.length === 2 && d.sentencePeople.some(inPair)) ps = uniquePeople([...ps, ...pair]);
    if (ps.length === 0 && d.sentencePeople.some(inPair) && pair.length === 2) ps = pair;
    if (ps.length === 0 && d.anaphoric) ps = previous.length >= 2 ? previous : pair;
    if (ps.length < 2) continue;
    previous = ps;
    const reference = !d.date && !d.place && !d.event;
    if (reference && d.status === "announced") continue;
    out.push({
      kind: d.kind,
      status: d.status,
      date: d.date?.value ?? null,
      dateText: d.date?.text ?? null,
      place: d.place,
      event: d.event,
      participants: ps,
      evidence: d.evidence,
      reference,
      sentence: d.sentence.index,
      whereabouts: d.whereabouts,
    });
  }
  return out;
}

function whereaboutsOf(body: string, mentions: readonly PersonMention[], places: readonly PlaceMention[]): Array<{ person: PersonMention; place: PlaceMention }> {
  const out: Array<{ person: PersonMention; place: PlaceMention }> = [];
  for (const place of places) {
    if (place.prep !== "from" && place.prep !== "in") continue;
    const lead = body.slice(Math.max(0, place.start - 40), place.start);
    if (!/\b(?:speaking|calling|spoke|talking|joined|joining|dialed in|who was|was)\s+(?:from|in)\s+$/.test(lead)) continue;
    const person = [...mentions].reverse().find((p) => p.end <= place.start && place.start - p.end < 60);
    if (person) out.push({ person, place });
  }
  return out;
}
