// Sentences → encounter candidates. A candidate is one meeting or call one
// sentence reports: its kind, status, date, place, multilateral event and the
// named people taking part, with the sentence as evidence. Resolving names to
// people and merging candidates into encounters happens later (resolve/).

import { clauseTense, findDates, type DateMention } from "./dates.js";
import type { Gazetteer } from "./gazetteer.js";
import type { PersonMention } from "./people.js";
import { findEvents, findPlaces, type EventMention, type PlaceMention } from "./places.js";
import { findQuotations, fold, type Sentence } from "./text.js";

import { modeOf, type EncounterKind, type EncounterStatus, type Mode } from "../schema.js";
export type { EncounterKind, EncounterStatus, Mode } from "../schema.js";

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
  /** A visit or arrival: a meeting only when the sentence itself names both sides. */
  readonly visit?: boolean;
}

const VIDEO_RE = /\b(?:secure\s+|virtual\s+)?video(?:[- ]?(?:calls?|chats?|conferences?|conferencing|links?|summits?|meetings?|talks|conversations?))\b|\bvideo-?conferenc\w*|\bvirtual(?:ly)?\s+(?:summits?|meetings?|talks|calls?|conversations?|encounters?)\b|\b(?:met|meet|meets|meeting|talked|spoke|speak|held talks)\s+(?:virtually|by video(?:\s?link)?|via video(?:\s?link)?|online)\b/gi;
const CALL_RE = /\b(?:tele)?phone\s+(?:calls?|conversations?|talks|discussions?|exchanges?)\b|\b(?:spoke|spoken|speak|speaks|speaking|talked|talk|talks|conferred|chatted)\s+(?:by|on the|over the|via)\s+(?:tele)?phone\b|\b(?:spoke|speak|speaks|talked|talk|conferred|chatted)\s+(?:with|to)\b|\bcalls?\b|\bcalled\b|\bphoned\b|\bphones?\b/gi;
const BY_PHONE = /\b(?:by|on the|over the|via)\s+(?:tele)?phone\b/i;
const IN_PERSON_RE = /\bmet\b|\bmeet(?:s|ing|ings)?\b|\bsummit(?:s|ry)?\b|\btalks\b|\bsat down\b|\bsit(?:s|ting)? down\b|\bsit-downs?\b|\bhost(?:ed|s|ing)?\b|\breceiv(?:ed|es)\b|\bwelcomed\b|\bencounters?\b|\bvisit(?:ed|s|ing)?\b|\btrip to\b/gi;

const CALL_BEFORE = /(?:\b(?:a|an|the|their|his|her|its|one|another|phone|telephone|presidential|direct|crucial|first|second|third|latest|last|recent|earlier|previous|follow-up|hour-long|lengthy|long|brief|private|secret|tense|cordial|leaders['’]?|congratulatory|rare|scheduled|planned|surprise|conference|two-hour|\d+-minute|\d+-hour|of the|earliest|several|two|three|four|five|\w+['’]s?)\s+(?:[\w-]+\s+){0,2})$/i;
const CALL_NOT_AFTER = /^\s+(?:for|off|out|up|it|them|into|attention|on\s+(?!\p{Lu}))/u;
const CALL_NOT_BEFORE = /(?:so-|wake-up\s+|close\s+|judg(?:e)?ment\s+|roll\s+|curtain\s+|casting\s+|margin\s+|booty\s+|cat\s+)$/i;

/** Words that may stand between the people and the verb or noun of meeting. */
/** Words that may stand between the people and the verb or noun of meeting ("then held their first closed-door"). */
const GLUE_WORDS = new Set([
  "a", "again", "agreed", "already", "also", "an", "and", "anticipated", "are", "be", "been", "bilateral",
  "both", "brief", "briefly", "closed-door", "conducted", "cordial", "did", "direct", "directly", "do", "does", "due",
  "each", "earlier", "expanded", "expected", "face", "face-to-face", "final", "finally", "first", "first-ever", "formal", "formally",
  "going", "got", "had", "has", "have", "held", "her", "high-stakes", "highly", "his", "historic", "hold",
  "holding", "holds", "hour-long", "in", "in-person", "informal", "initial", "is", "joined", "joint", "jointly", "landmark",
  "last", "later", "latest", "lengthy", "long", "long-awaited", "made", "margins?", "meanwhile", "next", "not", "of",
  "official", "officially", "on", "once", "one-on-one", "other", "person", "personally", "phone", "placed", "plan", "planned",
  "plans", "previous", "previously", "private", "privately", "rare", "received", "recent", "reportedly", "scheduled", "second", "secret",
  "secure", "separate", "separately", "set", "shall", "short", "sidelines?", "significant", "spoke", "still", "substantive", "summit",
  "talked", "teleconference", "telephone", "tense", "the", "their", "then", "third", "three-hour", "to", "together", "took",
  "twice", "two-hour", "ultimately", "upcoming", "virtual", "was", "were", "will", "working", "would",
]);
const GLUE_PREFIX = /^(?:['’]s?)?(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:,\s[^,;:()"“”]{2,80},)?/u;

/** Whether the text between the last named person and the meeting word only glues them together. */
function isSubjectGlue(text: string): boolean {
  const rest = text.slice(GLUE_PREFIX.exec(text)?.[0].length ?? 0);
  return rest.split(/[\s,]+/).every((w) => w === "" || GLUE_WORDS.has(w.toLowerCase()) || /^\d+-(?:minute|hour)$/.test(w));
}
const COORD_PREFIX = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:,\s[^,;:()"“”]{2,80}(?=,))?/u;

/** Whether two names are joined as a list: ", ", " and ", ", and ", "-", across an appositive or "of Country". */
function isCoordination(text: string): boolean {
  const rest = text.slice(COORD_PREFIX.exec(text)?.[0].length ?? 0).replace(/\s+/g, " ").trim();
  return rest === "," || rest === "and" || rest === ", and" || rest === ",and" || rest === "-" || rest === "–" || rest === "&";
}
const OBJECT_LEAD = /^(?:\s+\S+){0,3}?\s+(?:with|between|among|alongside|from)\s+/i;
const OBJECT_END = /\s(?:before|after|while|when|where|which|who|whom|that|to|on|in|at|for|during|amid|over|about|ahead|since|following|until|as|but|because|despite|than|last|this|next|by|via|from)\s|[;:()—–?!"“”]|,\s(?!and\s|\p{Lu})|\.(?:\s|$)/u;
const ANAPHORA = /\b(?:(?:the|their|a|its)\s+(?:first|second|third|fourth|fifth|last|latest|previous|next|failed|final)\s+(?:summit|meeting|encounter|talks|sit-down)|they|their|the (?:two )?leaders|both leaders|both men|the (?:two )?presidents|the two men|the pair|the two sides|the two|subsequent|further|other encounters|another|follow-up|these|those)\b/i;
/** "NATO’s 2008 summit", "last week’s foreign ministers’ meeting": a gathering that belongs to a group, not to two people. */
function groupPossessiveBefore(text: string): boolean {
  const words = text.trim().split(/\s+/).slice(-4);
  let at = -1;
  words.forEach((w, i) => {
    if (/(?:['’]s|s['’])$/.test(w)) at = i;
  });
  if (at < 0 || /^(?:leaders|presidents|men)['’]$/i.test(words[at] ?? "")) return false;
  return words.slice(at + 1).every((w) => /^(?:\d{4}|[\p{Ll}-]+)$/u.test(w)) && words.length - at - 1 <= 3;
}
const HOPE_OR_NEGATION = /\b(?:hop(?:e|ed|es|ing)\s+(?:for|to|that)|would like to|wants? to|wanted to|could|might|possible|possibility|potential|prospects?|proposed?|proposal|offered to|invit(?:e|ed|es|ation)|calls? for|called for|urg(?:e|ed|es|ing)|push(?:ed|es|ing)? for|seek(?:s|ing)?|sought|no plans?|not\s+(?:yet\s+)?(?:meet|met|hold|held|speak|spoken|talk)|never\s+(?:met|meet|spoke|held)|did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|won['’]t|refused|declined to (?:meet|hold|talk)|ruled out|skipped|boycotted|stayed away from|did not attend|cancel+(?:ed|s|ing)?|call(?:ed|s|ing)? off|scrapped|postponed|if|unless|whether|should|needs? to|ought|instead of|rather than|without|next time)\b|\bno\s+(?:[\w-]+\s+){0,3}(?:has|have|had)\s+(?:\w+\s+)?(?:met|spoken|talked|held)\b/i;
const AFTER_HOPE = /^[^,]*?\b(?:was|is|were|are|remains?|seemed|seems|looked|looks)\s+(?:still\s+|now\s+|also\s+)?(?:possible|unlikely|likely|uncertain|undecided|unclear|in doubt|off|doubtful|on hold)\b|\b(?:was|were)\s+(?:later\s+)?(?:cancel+ed|called off|postponed|scrapped)\b|\bnever\s+(?:took place|happened|materiali[sz]ed)|\bfell through\b|\bdid not (?:take place|happen)\b/i;
const DELEGATION_HEAD = /\b(?:led|headed)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,2}delegation|\brepresented by\b|\bdelegation\s+(?:was\s+)?(?:led|headed)\s+by\b/iu;
const DATELINE = /^\s{0,4}(?:#[^\n]{0,200}\n{1,4})?(\p{Lu}[\p{Lu}.'’ -]{2,40}?)(?:,[ \t]?(\p{Lu}[\p{L}.'’ -]{1,30}?))?[ \t]?(?:\([^)\n]{1,40}\))?[ \t]?[—–-]{1,2}[ \t]/u;
const PLAN = /\b(?:will|shall|is to|are to|set to|scheduled|expected to|due to|plans? to|planned|planning to|agreed to (?:meet|hold|talk|speak)|upcoming|to be held|anticipated|would (?:meet|hold|travel|host|speak|talk)|announced (?:that )?(?:they|he|she) would|tomorrow|next|arrang(?:e|es|ed|ing)|to be (?:determined|decided|announced|set|arranged))\b|['’]ll\b/i;
const LEADER_ROLE = /^(?:former\s+)?(?:president|prime minister|premier|chancellor|leader|king|queen|emir|crown prince)$/i;
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
    // "spoke with Zelensky by phone": a conversation is a call only when the sentence says by phone.
    if (/(?:with|to)$/.test(word) && !BY_PHONE.test(text.slice(i, i + 120))) continue;
    const partnerNext = people.find((p) => p.phraseStart >= e && p.phraseStart <= e + 2);
    if (word === "call" && partnerNext && /\b(?:to|will|would|did|could|can)\s+$/i.test(before)) transitive = true; // "to call Putin"
    else if (word === "called" || word === "phoned" || word === "phones" || word === "phone") {
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
    if (/^(?:host|hosted|hosts|hosting|welcomed|received|receives)$/.test(word) && !people.some((p) => p.phraseStart >= e && p.phraseStart <= e + 2)) continue;
    const plural = /^(?:meetings|summits|encounters|sit-downs)$/.test(word) && !/\bone of\b/i.test(text.slice(Math.max(0, i - 30), i));
    const visit = /^(?:visit|visited|visits|visiting|trip to)$/.test(word);
    out.push({ start: s, end: e, mode: "in-person", video: false, summit: word.startsWith("summit"), plural, transitive: /^(?:met|meet|meets|host|hosted|hosts|hosting|welcomed|received|receives)$/.test(word), ...(visit ? { visit } : {}) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** People joined to the trigger as its subject: "Biden and Putin met", "Biden’s meeting". */
function subjectOf(trigger: Trigger, mentions: readonly PersonMention[], body: string): PersonMention[] {
  const before = mentions.filter((p) => p.end <= trigger.start);
  const last = before[before.length - 1];
  if (!last || !isSubjectGlue(body.slice(last.end, trigger.start))) return [];
  const run = [last];
  for (let i = before.length - 2; i >= 0; i--) {
    const p = before[i];
    const next = run[0];
    if (!p || !next) break;
    if (!isCoordination(body.slice(p.end, next.phraseStart))) break;
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
    if (!isCoordination(body.slice(prev.end, p.phraseStart))) break;
    run.push(p);
  }
  return run;
}

const MEETING_NOUN = /^\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:summit|meeting|talks|call|encounter|visit|sit-down|conference|session|summitry|phone call|video call)\b/u;

/** Whether a date phrase can date an encounter: not "the 1991 START treaty", not "photographed in 2006". */
const SPEECH_DATED = /\b(?:said|says|announced|confirmed|told reporters|added|wrote|posted|reported)\s+(?:\w+\s+)?$/i;

const NOT_EVENT_DATE_WORDS = new Set(["photographed", "pictured", "taken", "filmed", "born", "founded", "signed", "ratified", "adopted", "enacted", "established", "created", "expire", "expires", "expired", "expiring", "due"]);

function datesTheEncounter(body: string, d: DateMention): boolean {
  const before = body.slice(Math.max(0, d.start - 30), d.start);
  const last3 = before.trim().toLowerCase().split(/\s+/).slice(-3);
  const tail = before.toLowerCase().slice(-24);
  if (last3.some((w) => NOT_EVENT_DATE_WORDS.has(w)) || tail.includes("file photo") || tail.includes("seen here") || /\breturned to\b/i.test(before)) return false;
  if (/\bsince\b[^,.;()]{0,40}$/i.test(before) && !MEETING_NOUN.test(body.slice(d.end, d.end + 60))) return false; // "their first talks since Putin returned in May"
  if (SPEECH_DATED.test(before)) return false; // "his office said on Saturday"
  if (d.precision === "year" && /\b(?:the|a|an|its|their|his|her|since the|of the)\s+$/i.test(before)) {
    const after = body.slice(d.end, d.end + 60);
    if (/^\s+[\p{L}-]/u.test(after) && !MEETING_NOUN.test(after)) return false;
  }
  return true;
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
    const gap = text.slice((prev?.end ?? 0) - sentence.start, p.start - sentence.start);
    // "at Brdo Castle, an estate outside Ljubljana": the town that locates a venue belongs to it.
    const locatesVenue = prev?.venue && !prev.city && (p.prep === "near" || p.prep === "outside" || p.prep === "in") && p.city && gap.length < 80 && !/[;.]/.test(gap);
    const joined = ["", ",", "in", ", in", ",in", "near", ", near", "outside", ", outside", "outside of", ", outside of"].includes(gap.replace(/\s+/g, " ").trim());
    if (g && prev && (joined || locatesVenue)) g.push(p);
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
    const gapAfter = after ? after.start - last.end : Infinity;
    const gapBefore = before ? first.start - before.end : Infinity;
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
    slots.push({ start: from, end, place: merged, event, date: gapBefore < gapAfter ? (before ?? null) : (after ?? before ?? null), summit: /\bsummit\b/i.test(text.slice(from - sentence.start, end - sentence.start)) });
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
function topicPair(body: string, people: readonly PersonMention[], candidates: ReadonlyArray<readonly PersonMention[]>, roleFilter?: RegExp): PersonMention[] {
  const opening = body.slice(0, 400);
  const hy = roleFilter ? [] : people.filter((p) => !p.weak && p.start < 400 && /[-–]/.test(opening[p.end - 0] ?? "") && people.some((q) => q.start === p.end + 1));
  const first = hy[0];
  if (first) {
    const second = people.find((q) => q.start === first.end + 1);
    if (second) return [first, second];
  }
  const counts = new Map<string, { n: number; pair: PersonMention[]; first: number }>();
  for (const ps of candidates) {
    const strong = uniquePeople(ps.filter((p) => !p.weak && (!roleFilter || roleFilter.test(p.role ?? ""))));
    for (let i = 0; i < strong.length; i++) for (let j = i + 1; j < strong.length; j++) {
      const pair = [strong[i] as PersonMention, strong[j] as PersonMention];
      const key = pair.map(surnameKey).sort().join("|");
      const c = counts.get(key) ?? { n: 0, pair, first: Math.min(pair[0]?.start ?? 0, pair[1]?.start ?? 0) };
      c.n += (i < 2 && j < 2 ? 2 : 1) + pair.filter((p) => LEADER_ROLE.test(p.role ?? "")).length;
      counts.set(key, c);
    }
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]?.pair ?? [];
}

const surnameKey = (p: PersonMention) => fold(p.name.split(" ").pop() ?? p.name);
function uniquePeople(list: readonly PersonMention[]): PersonMention[] {
  const seen = new Set<string>();
  // "Xi" beside "Xi Jinping": a bare name that is the first word of a full one is the same person.
  const firstWords = new Set(list.filter((p) => p.name.includes(" ")).map((p) => (p.name.split(" ")[0] ?? "").toLowerCase()));
  return list.filter((p) => {
    const k = surnameKey(p);
    if (seen.has(k) || (!p.name.includes(" ") && firstWords.has(k))) return false;
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
  /** Only visits or arrivals reported it: the article's pair may not stand in for the people. */
  visitOnly: boolean;
  /** The people named in the sentence itself (not the one before it). */
  ownPeople: PersonMention[];
}

export function findEncounters(input: EncounterInput): EncounterCandidate[] {
  const { body, sentences, people, published, gazetteer } = input;
  const drafts: Draft[] = [];
  const participantSets: PersonMention[][] = [];
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
    const namesNobody = mentions.filter((p) => !p.weak).length === 0;
    const prevNamesTwo = prev && prev.paragraph >= sentence.paragraph - 1 && people.filter((p) => p.start >= prev.start && p.end <= prev.end && !p.weak).length >= 2;
    if ((DEMONSTRATIVE.test(sentence.text) && prev && prev.paragraph === sentence.paragraph) || (namesNobody && prevNamesTwo && prev && findTriggers(blank(prev.text, [], prev.start), prev.start, []).length === 0)) {
      // "… Biden warned Putin … This was a crucial call", "Obama and Medvedev signed … The agreement, reached after talks at the Kremlin":
      // the meeting is the previous sentence's event.
      scope = { ...sentence, start: prev.start, text: body.slice(prev.start, sentence.end) };
      scopeMentions = people.filter((p) => p.start >= prev.start && p.end <= sentence.end && !inQuote(p.start));
    }
    const scopePlain = blank(scope.text, [...quotes, ...parens], scope.start);
    const firstTrigger = triggers[0] as Trigger;
    const tense = clauseTense(plain.slice(0, Math.max(0, firstTrigger.end - sentence.start) + 60));
    const allDates = findDates(scopePlain, { offset: scope.start, published, tense });
    const eventDates = allDates.filter((d) => datesTheEncounter(body, d));
    // "Trump said on Wednesday that he had held a call": the day of the statement is the best there is.
    const dates = eventDates.length ? eventDates : allDates.filter((d) => SPEECH_DATED.test(body.slice(Math.max(0, d.start - 30), d.start)));
    const places = findPlaces(body, scope.start, scope.end, gazetteer).filter((p) => !inQuote(p.start) && !parens.some((s) => p.start >= s.start && p.start < s.end));
    const events = findEvents(scopePlain, 0, scopePlain.length).map((e) => ({ ...e, start: e.start + scope.start, end: e.end + scope.start }));

    for (const mode of ["remote", "in-person"] as const) {
      const ts = triggers.filter((t) => t.mode === mode);
      if (ts.length === 0) continue;
      const lead = ts[0] as Trigger;
      const opener = scopeMentions[0];
      // "He hosted him at Mar-a-Lago": the pronouns stand for the people the sentence before named, in order.
      const before = sentences[si - 1];
      const antecedents = before && before.paragraph >= sentence.paragraph - 1 ? uniquePeople(people.filter((p) => p.start >= before.start && p.end <= before.end && !p.weak)) : [];
      const whoOf = (list: readonly Trigger[]) => {
        let ps: PersonMention[] = [];
        for (const t of list) ps.push(...subjectOf(t, scopeMentions, body), ...objectOf(t, scopeMentions, body, sentence.end));
        for (const t of list) {
          const lead = plain.slice(Math.max(0, t.start - sentence.start - 25), t.start - sentence.start);
          const tail = plain.slice(t.end - sentence.start, t.end - sentence.start + 6);
          const he = /(?:^|[.;,]\s*|\s)(?:he|she)\s+(?:[a-z]+\s+){0,2}$/i.test(lead) && antecedents[0];
          const him = /^\s+(?:him|her)\b/i.test(tail) && t.transitive && antecedents.find((p) => !ps.includes(p) && p !== he);
          if (he && !ps.some((p) => surnameKey(p) === surnameKey(he))) ps.unshift(he);
          if (him && !ps.some((p) => surnameKey(p) === surnameKey(him))) ps.push(him);
        }
        // "… meets with Rubio before a call with Putin": the call's caller is the sentence's subject.
        if (ps.length === 1 && opener && opener.phraseStart - scope.start <= 25 && !ps.includes(opener)) ps.unshift(opener);
        ps = uniquePeople(ps);
        return ps;
      };
      const participants = whoOf(ts);
      const groupMeeting = groupPossessiveBefore(body.slice(Math.max(scope.start, lead.start - 60), lead.start)) && participants.length === 0;
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
        ownPeople: uniquePeople(mentions),
        visitOnly: ts.every((t) => t.visit),
        whereabouts: mode === "remote" ? whereaboutsNear(body, sentences, si, people, gazetteer) : [],
      };
      const window = (from: number, to: number) => plain.slice(Math.max(0, from - sentence.start), Math.max(0, to - sentence.start));
      // Hopes and negations count only in the clause that holds the meeting word; plans anywhere before it.
      // The comma-free stretch up to the meeting word and a little after: "hoped for a meeting", "could talk again if needed",
      // but not "… consequences if it invaded Ukraine, during a video call".
      const clauseOf = (t: Trigger) => {
        const before = window(Math.max(sentence.start, t.start - 70), t.start);
        const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"), before.lastIndexOf("—"), before.lastIndexOf(" – "));
        return (cut >= 0 ? before.slice(cut + 1) : before) + window(t.start, t.end + 25).split(/[,;:—.]/)[0];
      };
      // After the meeting word only a verdict on the meeting itself counts: "a meeting … was possible", "remains undecided".
      const verdictAfter = (t: Trigger) => AFTER_HOPE.test(window(t.end, t.end + 90).split(/[;:—.]/)[0] ?? "");
      // "may" in lower case only: "in May" is a month.
      const hoped = ts.some((t) => HOPE_OR_NEGATION.test(clauseOf(t)) || /\bmay\b(?!\s+\d)/.test(clauseOf(t)) || verdictAfter(t));
      // Who a sentence says met, even a meeting that was only hoped for, tells whom "the two presidents" are.
      if (participants.length >= 2) participantSets.push(participants);
      const planned = PLAN.test(window(sentence.start, lead.end + 45));
      const statusOf = (text: string, date: DateMention | null): EncounterStatus | null => {
        if (hoped) return null;
        if (planned || PLAN.test(text)) return "announced";
        // A later date in the past or present tense is a page assembled later (a caption), not a plan.
        if (tense === "future" && date?.value && published && date.value.slice(0, published.length) > published.slice(0, date.value.length)) return "announced";
        return "held";
      };
      if (slots.length >= 1) {
        for (const slot of slots) {
          const status = statusOf(window(slot === slots[0] ? sentence.start : slot.start, Math.max(slot.end, lead.end)), slot.date);
          if (!status) continue;
          // With several meetings in one sentence, each takes the people of the meeting word nearest before it.
          const own = slots.length > 1 ? [...ts].reverse().find((t) => t.start < (slot.place?.start ?? slot.end)) : undefined;
          const ownPeople = own ? whoOf([own]) : [];
          drafts.push({ ...base, participants: ownPeople.length >= 2 ? ownPeople : participants, kind: kindFor(ts, slot, mode, null), status, date: slot.date ?? (slots.length === 1 ? nearestDate(dates, lead.start) : null), place: slot.place, event: slot.event?.name ?? null });
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

  // A wire story's dateline is where its opening report happened when the report names no city.
  const dateline = datelinePlace(body, gazetteer);
  const firstParagraph = sentences[0]?.paragraph;
  if (dateline) {
    const opening = drafts.find((d) => modeOf(d.kind) === "in-person" && d.sentence.paragraph === firstParagraph);
    if (opening && (!opening.place || (opening.place.venue && !opening.place.city && !opening.place.region))) {
      const p = opening.place;
      opening.place = { start: p?.start ?? 0, end: p?.end ?? 0, text: p?.text ?? dateline.text, city: dateline.city, region: dateline.region ?? p?.region ?? null, country: dateline.country ?? p?.country ?? null, venue: p?.venue ?? null, prep: p?.prep ?? "in" };
    }
  }
  // "Officials met in Riyadh" — and the next sentences say who led each side.
  for (const d of drafts) {
    if (d.participants.length > 0 || d.sentencePeople.length > 0 || d.anaphoric) continue;
    const heads: PersonMention[] = [];
    for (const s of sentences.slice(d.sentence.index + 1, d.sentence.index + 4)) {
      const m = DELEGATION_HEAD.exec(s.text);
      if (!m) continue;
      const inSentence = people.filter((p) => p.start >= s.start && p.end <= s.end);
      const at = s.start + m.index;
      const head = /represented by|led by|headed by/i.test(m[0]) ? inSentence.find((p) => p.start > at) : [...inSentence].reverse().find((p) => p.end <= at);
      if (head) heads.push(head);
    }
    if (heads.length >= 2) d.participants = uniquePeople(heads);
  }

  // Fill in who took part where the sentence leaves it to context.
  const ledeSentence = sentences.find((s) => s.paragraph <= 1 && people.filter((p) => p.start >= s.start && p.end <= s.end && !p.weak).length >= 2);
  const ledePair = ledeSentence ? uniquePeople(people.filter((p) => p.start >= ledeSentence.start && p.end <= ledeSentence.end && !p.weak)).slice(0, 2) : [];
  const topic = topicPair(body, people, participantSets);
  const pair = topic.length === 2 ? topic : ledePair;
  const inPair = (p: PersonMention) => pair.some((q) => surnameKey(q) === surnameKey(p));
  let previous: PersonMention[] = [];
  const out: EncounterCandidate[] = [];
  for (const d of drafts) {
    let ps = d.participants;
    const named = d.sentencePeople.filter((p) => !p.weak);
    // "Biden visited Kyiv" in a Biden–Putin article is no Biden–Putin meeting: a visit needs both sides named.
    if (d.visitOnly) {
      const own = d.ownPeople.filter((p) => !p.weak);
      if (own.length < 2) continue;
      if (ps.length < 2) ps = own;
    }
    if (ps.length < 2 && d.sentencePeople.length === 2) ps = d.sentencePeople;
    if (ps.length === 1 && pair.length === 2 && inPair(ps[0] as PersonMention)) ps = uniquePeople([...ps, ...pair]);
    if (ps.length === 1 && named.length >= 1 && pair.length === 2 && named.some(inPair)) ps = uniquePeople([...ps, ...pair]);
    if (ps.length === 0 && named.some(inPair) && pair.length === 2) ps = pair;
    // "the two leaders": the pair the article is about, else whoever met last — never a pair the sentence contradicts.
    if (ps.length === 0 && d.anaphoric) {
      const fits = (cands: readonly PersonMention[]) => cands.length >= 2 && named.every((p) => cands.some((q) => surnameKey(q) === surnameKey(p)));
      // "the two ministers" are the article's pair of ministers, not its pair of presidents.
      const byRole = /\b(?:ministers|diplomats|envoys|deputies|secretaries)\b/i.test(d.sentence.text) ? topicPair(body, people, participantSets, /minister|secretary|envoy|diplomat|adviser/i) : null;
      ps = byRole && fits(byRole) ? byRole : fits(pair) ? pair : fits(previous) ? previous : [];
    }
    // A heading or lede that names a summit, its place and date but nobody — or "the failed summit in Hanoi in
    // February" anywhere: the article's pair.
    const definite = /\bthe\s+(?:[\p{Ll}-]+\s+){0,2}(?:summit|meeting|talks)\b/iu.test(d.sentence.text);
    if (ps.length === 0 && pair.length === 2 && d.place && d.date?.value && (d.sentence.paragraph <= 1 || definite)) ps = pair;
    if (ps.length < 2) continue;
    previous = ps;
    // "Kishida has met Zelensky in Kyiv": in breaking news the present perfect is the day of publication.
    if (!d.date && d.place && published && d.status === "held" && /\b(?:has|have)\s+(?:just\s+|now\s+)?(?:met|held talks|spoken|talked|hosted|welcomed|received)\b/i.test(d.sentence.text) && !/\b(?:times|meetings|since|ever|never)\b/i.test(d.sentence.text)) {
      d.date = { start: d.sentence.start, end: d.sentence.start, text: "", value: published, precision: "day", relative: true };
    }
    // "Trump broke off the talks to phone Putin": a call during a meeting has the meeting's day.
    if (!d.date && modeOf(d.kind) === "remote" && /\b(?:talks|meeting|summit)\b/i.test(d.sentence.text)) {
      const during = [...out].reverse().find((o) => modeOf(o.kind) === "in-person" && o.date?.length === 10 && o.status === "held");
      if (during) d.date = { start: d.sentence.start, end: d.sentence.start, text: "", value: during.date, precision: "day", relative: true };
    }
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
  return anchorToLede(out, body, sentences, people, published, dateline);
}

/**
 * "PRAGUE — Obama and Medvedev signed a treaty on Thursday … Before the signing, the two leaders held talks":
 * a wire story's meeting that only a later sentence names happened where and when its lede says.
 */
function anchorToLede(out: EncounterCandidate[], body: string, sentences: readonly Sentence[], people: readonly PersonMention[], published: string | null, dateline: ReturnType<typeof datelinePlace>): EncounterCandidate[] {
  const lede = sentences.find((s) => s.paragraph <= 1 && people.filter((p) => p.start >= s.start && p.end <= s.end && !p.weak).length >= 2);
  if (!lede || !dateline) return out;
  const inLede = new Set(people.filter((p) => p.start >= lede.start && p.end <= lede.end).map(surnameKey));
  const anchored = new Set<string>();
  let ledeDate: ReturnType<typeof findDates>[number] | null | undefined;
  const dateOfLede = () => (ledeDate ??= findDates(body.slice(lede.start, lede.end), { offset: lede.start, published, tense: "past" }).find((d) => datesTheEncounter(body, d) && d.value) ?? null);
  return out.map((c) => {
    // An undated meeting in a place the dateline names ("the talks at the Kremlin" in a MOSCOW story) is the lede's too.
    const sameCity = c.place?.city && dateline.city && c.place.city.toLowerCase() === dateline.city.toLowerCase();
    const undatedHere = !c.reference && !c.date && c.status === "held" && modeOf(c.kind) === "in-person" && (sameCity || (c.place?.venue && !c.place.city));
    if (undatedHere && c.participants.every((p) => inLede.has(surnameKey(p)))) {
      const date = dateOfLede();
      return date ? { ...c, date: date.value, dateText: date.text } : c;
    }
    if (!c.reference || c.status !== "held" || modeOf(c.kind) !== "in-person") return c;
    const said = sentences[c.sentence];
    if (!said || clauseTense(said.text) !== "past" || /\b(?:likely|unlikely|expected|planned|possible)\b/i.test(said.text)) return c;
    const key = c.participants.map(surnameKey).sort().join("|");
    if (anchored.has(key) || !c.participants.every((p) => inLede.has(surnameKey(p)))) return c;
    const reported = out.some((o) => !o.reference && modeOf(o.kind) === "in-person" && o.participants.filter((p) => c.participants.some((q) => surnameKey(q) === surnameKey(p))).length >= 2);
    if (reported) return c;
    const date = dateOfLede();
    if (!date) return c;
    anchored.add(key);
    const place: PlaceMention = { start: lede.start, end: lede.start, text: dateline.text, city: dateline.city, region: dateline.region, country: dateline.country, venue: null, prep: "in" };
    return { ...c, date: date.value, dateText: date.text, place, reference: false };
  });
}

function datelinePlace(body: string, gaz: Gazetteer): { text: string; city: string; region: string | null; country: string | null } | null {
  const m = DATELINE.exec(body.slice(0, 400)); // a dateline opens the article
  if (!m) return null;
  const raw = (m[1] ?? "").trim();
  if (raw.split(/\s+/).length > 4) return null;
  const name = raw.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  const follow = m[2]?.trim() ?? null;
  const city = gaz.city(name);
  const followCountry = follow ? gaz.country(follow) : null;
  const followRegion = follow && !followCountry ? gaz.region(follow) : null;
  if (city) return { text: raw, city: city.name, region: followRegion?.name ?? (city.province || null), country: followCountry ?? followRegion?.country ?? city.country };
  if (followCountry || followRegion) return { text: raw, city: name, region: followRegion?.name ?? null, country: followCountry ?? followRegion?.country ?? null };
  return null;
}

/** Where each side of a call was: "Putin, speaking from Sochi", "Putin took the call in Moscow", in the report or just after it. */
function whereaboutsNear(body: string, sentences: readonly Sentence[], index: number, people: readonly PersonMention[], gaz: Gazetteer): Array<{ person: PersonMention; place: PlaceMention }> {
  const first = sentences[index];
  if (!first) return [];
  const near = sentences.slice(index, index + 3).filter((s) => s.paragraph <= first.paragraph + 1);
  const last = near[near.length - 1] ?? first;
  const mentions = people.filter((p) => p.start >= first.start && p.end <= last.end && !p.weak);
  return whereaboutsOf(body, mentions, findPlaces(body, first.start, last.end, gaz));
}

function whereaboutsOf(body: string, mentions: readonly PersonMention[], places: readonly PlaceMention[]): Array<{ person: PersonMention; place: PlaceMention }> {
  const out: Array<{ person: PersonMention; place: PlaceMention }> = [];
  for (const place of places) {
    if (place.prep !== "from" && place.prep !== "in" && place.prep !== "at") continue;
    const lead = body.slice(Math.max(0, place.start - 40), place.start);
    if (!/\b(?:speaking|calling|spoke|talking|joined|joining|dialed in|who was|was|took (?:the|part in the) call|took part|took the call)\s+(?:(?:from|in|at)\s+)?(?:the\s+)?$/.test(lead)) continue;
    const person = [...mentions].reverse().find((p) => p.end <= place.start && place.start - p.end < 60);
    if (person) out.push({ person, place });
  }
  return out;
}
