// Stage 2: an ordered list of named passes over a document's sentence
// candidates. Each pass reads the whole document (its genre, its people, the
// sentences before) and records its id on the candidates it changed, so that
// `summits show ID --explain` can say which rule and which pass made a record.
//
//   pass.genre          what kind of text this is: a day page of many small stories, a news report, a retrospective
//   pass.names          unknown names in a person's slot: a person when the article names them so, or by the slot
//   pass.pronouns       "he", "she", "they", "the two leaders" → the people they stand for, never across a story
//   pass.two-people     an encounter needs two different people
//   pass.dates          the date: stated in the clause, else the page's day (present tense), else its month (past)
//   pass.future-plan    a date after publication makes a held meeting a plan
//   pass.kind           summit, sideline, meeting, call or video

import type { EncounterKind, EncounterStatus } from "../schema.js";
import { daysApart, parseDay, precisionOf, type DateMention } from "./dates.js";
import { nameKey, surnameOf, type PersonEvidence, type PersonMention } from "./people.js";
import type { EventMention, PlaceMention } from "./places.js";
import type { NameMention, RolePhrase } from "./people.js";
import { kindOf, OBJECT_PRONOUNS, type Orphan, type Party, type SentenceAnalysis, type SentenceCandidate, type Slot } from "./sentence.js";

export type Genre = "digest" | "news" | "retrospective";

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
  /** The rows and passes that made this candidate, in order: its explanation. */
  readonly rules: readonly string[];
  /** False when the text does not say whether they met or spoke apart. */
  readonly modeStated: boolean;
}

export interface DiscourseInput {
  readonly body: string;
  readonly published: string | null;
  readonly sentences: readonly SentenceAnalysis[];
  /** Where a wire story was filed from ("HAMBURG, Germany —"). */
  readonly dateline?: PlaceMention | null;
}

interface Draft {
  c: SentenceCandidate;
  place: PlaceMention | null;
  people: PersonMention[];
  rules: string[];
  date: string | null;
  dateText: string | null;
  status: EncounterStatus;
  /** "The leaders met at a villa", told after their summit with no date of its own: that summit, told further. */
  tells?: Draft;
}

/** Heading lines (no closing punctuation, short) in bulk mark a page of many small stories. */
export function genreOf(body: string, sentences: readonly SentenceAnalysis[], published: string | null): Genre {
  const lines = body.split("\n").map((l) => l.trim()).filter(Boolean);
  const headings = lines.filter((l) => !/[.!?:"”)]$/.test(l) && l.split(/\s+/).length <= 10).length;
  if (lines.length >= 12 && headings >= 6 && headings / lines.length >= 0.25) return "digest";
  const pub = parseDay(published);
  if (pub) {
    const years = sentences.flatMap((s) => s.dates).filter((d) => !d.relative && d.value).map((d) => Number((d.value as string).slice(0, 4)));
    const old = years.filter((y) => y <= pub.y - 2).length;
    if (old >= 4 && old / years.length >= 0.7) return "retrospective";
  }
  return "news";
}

const STRONG: ReadonlySet<PersonEvidence> = new Set(["title", "honorific", "appositive", "speech", "list"]);

/** The article's people by name key and by surname: who a bare or untitled name can be. */
function knownPeople(sentences: readonly SentenceAnalysis[]) {
  const byKey = new Map<string, PersonMention>();
  const bySurname = new Map<string, PersonMention[]>();
  for (const s of sentences) for (const p of s.people) {
    if (!p.evidence.some((e) => STRONG.has(e))) continue;
    const key = nameKey(p.name);
    if (!byKey.has(key)) byKey.set(key, p);
    if (key.includes(" ")) {
      const words = key.split(" ");
      // "Kim" for Kim Jong Un, "Xi" for Xi Jinping: a short family name written first may stand alone.
      const keys = new Set([surnameOf(p.name), ...((words[0] ?? "").length <= 3 ? [words[0] as string] : [])]);
      for (const k of keys) bySurname.set(k, [...(bySurname.get(k) ?? []), p]);
    }
  }
  return { byKey, bySurname };
}

/** Every pass, in order, over one document. */
export function runDiscourse(input: DiscourseInput): { candidates: EncounterCandidate[]; genre: Genre; people: PersonMention[] } {
  const { sentences, published } = input;
  const genre = genreOf(input.body, sentences, published);
  const known = knownPeople(sentences);
  const pub = parseDay(published);
  // Untitled full names, by surname: a bare "Giuliani" in a meeting is the article's "Rudy Giuliani".
  const untitled = new Map<string, NameMention[]>();
  for (const s of sentences) for (const n of s.names) if (n.words >= 2) untitled.set(surnameOf(n.name), [...(untitled.get(surnameOf(n.name)) ?? []), n]);
  const vouched = new Set<NameMention>();

  // pass.names: the article's people, with unknown names promoted where the article or a slot vouches for them.
  const promote = (name: { start: number; end: number; name: string; words?: number }, inSlot: boolean): PersonMention | null => {
    const key = nameKey(name.name);
    const full = known.byKey.get(key);
    const bySurname = known.bySurname.get(key);
    const base = { start: name.start, end: name.end, name: name.name, phraseStart: name.start, phraseEnd: name.end };
    if (full) return { ...base, role: null, side: full.side, sideOf: null, evidence: ["known"] };
    if (!key.includes(" ") && bySurname && new Set(bySurname.map((p) => nameKey(p.name))).size === 1) {
      const p = bySurname[0] as PersonMention;
      return { ...base, role: null, side: p.side, sideOf: null, evidence: ["surname"], ...(p.leader ? { leader: true } : {}) };
    }
    if (!inSlot) return null;
    // A name where the rule wants a person: two words are taken; one word only if the corpus knows the person.
    if ((name.words ?? 1) >= 2) return { ...base, role: null, side: null, sideOf: null, evidence: ["position"] };
    const fullNames = untitled.get(key) ?? [];
    if (new Set(fullNames.map((n) => nameKey(n.name))).size === 1) for (const n of fullNames) vouched.add(n);
    return { ...base, role: null, side: null, sideOf: null, evidence: ["position"], weak: true };
  };
  const people: PersonMention[] = [];
  // Each sentence's people, titled and promoted, in text order: what pronouns look back to.
  const peopleBySentence = sentences.map((s) => {
    const here = [...s.people.filter((p) => !p.weak)];
    for (const n of s.names) {
      const p = promote(n, false);
      if (p) here.push(p);
    }
    people.push(...here);
    return here.sort((a, b) => a.start - b.start);
  });

  const drafts: Draft[] = [];
  // Readings with "they" or "the two leaders" wait until the article's own encounters are known: those say who the
  // pair is.
  const deferred: Array<{ c: SentenceCandidate; s: SentenceAnalysis }> = [];
  const done = new Set<string>();
  const read = (c: SentenceCandidate, s: SentenceAnalysis, mainPair: PersonMention[] | null): void => {
    const slot = `${c.sentence}:${c.triggerUnit}`;
    if (done.has(slot)) return;
    const rules = [...c.rules];
    const resolved: PersonMention[] = [];
    let tells: Draft | undefined;
    for (const party of c.parties) {
      // pass.pronouns (plural): "they", "the two leaders" → the pair the story is about.
      if (party.type === "pronoun" && party.plural) {
        const story = storyPair(drafts, sentences, peopleBySentence, s.sentence.index, party, genre, mainPair);
        // "They also discussed …" after their call: the same encounter told further, not another one.
        if (!story || (story.from && c.mode === null && !c.date)) return;
        rules.push("pass.pronouns:plural");
        resolved.push(...story.pair);
        // Only a sentence that dates nothing: "They had first met … in November 1985, a summit …" is another one.
        if (story.from && !c.date && !s.units.some((u) => u.type === "DATE")) tells = story.from;
        continue;
      }
      const p = resolveParty(party, s, sentences, peopleBySentence, promote, rules);
      if (p === undefined) continue;
      if (p === null) return;
      resolved.push(p);
    }
    // pass.two-people
    const distinct = dedupePeople(resolved);
    if (distinct.length < 2) return;
    done.add(slot);
    drafts.push({ c, people: distinct, rules, date: null, dateText: null, status: c.status, place: c.place, ...(tells ? { tells } : {}) });
  };
  for (const s of sentences) for (const c of s.candidates) {
    if (c.parties.some((p) => p.type === "pronoun" && p.plural)) deferred.push({ c, s });
    else read(c, s, null);
  }
  const mainPair = genre === "digest" ? null : articlePair(drafts);
  for (const { c, s } of deferred) read(c, s, mainPair);
  drafts.sort((a, b) => a.c.sentence - b.c.sentence || a.c.trigger.start - b.c.trigger.start);

  // pass.same-sentence: "They had first met at Geneva in November 1985, a summit remembered for …": two readings
  // of one sentence with the same people are one encounter, dated where either says when.
  const pairKey = (d: Draft) => d.people.map((p) => surnameOf(p.name)).sort().join("|");
  for (const d of drafts) {
    if (d.c.date) continue;
    const dated = drafts.find((o) => o !== d && o.c.sentence === d.c.sentence && o.c.date && pairKey(o) === pairKey(d));
    if (!dated) continue;
    d.c = { ...d.c, date: dated.c.date, place: d.c.place ?? dated.c.place };
    d.rules.push("pass.same-sentence");
  }

  // pass.context: "There were further phone calls. For example, in December 2021, Biden warned Putin …".
  for (const d of [...drafts]) {
    if (!d.c.context) continue;
    const here = sentences[d.c.sentence];
    const before = sentences[d.c.sentence - 1];
    const after = sentences[d.c.sentence + 1];
    const near = (x: SentenceAnalysis | undefined) => (x && x.sentence.paragraph === here?.sentence.paragraph ? x.orphans : []);
    // The calls or meetings the sentence before spoke of, else this one's, else the next's ("This was a crucial call").
    const orphan = [...near(before), ...(here?.orphans ?? [])].filter((o) => !o.date).pop() ?? near(after).find((o) => !o.date);
    // Told in the context of calls or meetings, and dated by its own sentence: "For example, in December 2021, …".
    if (!orphan || !d.c.date) drafts.splice(drafts.indexOf(d), 1);
    else {
      d.c = { ...d.c, mode: orphan.mode, video: orphan.video };
      d.rules.push("pass.context");
    }
  }

  // pass.delegation-heads: a meeting of unnamed officials, then the people who led each side.
  for (const s of sentences) {
    const o = s.orphans.find((x) => !x.named.length && (x.date || x.place));
    if (!o) continue;
    const heads: PersonMention[] = [];
    const rules: string[] = [];
    for (let i = s.sentence.index + 1; i < sentences.length && i - s.sentence.index <= 3; i++) {
      const next = sentences[i] as SentenceAnalysis;
      if (next.sentence.paragraph !== s.sentence.paragraph && next.sentence.paragraph > s.sentence.paragraph + 1) break;
      for (const h of next.heads) if (!heads.some((p) => nameKey(p.name) === nameKey(h.person.name))) {
        heads.push(h.person);
        rules.push(h.rule);
      }
    }
    if (heads.length < 2) continue;
    const d = orphanDraft(o, { date: o.date, place: o.place, event: o.event, summitWord: o.summitWord }, heads);
    d.rules = [...o.rules, ...new Set(rules), "pass.delegation-heads"];
    drafts.push(d);
  }

  // pass.separate-calls: "phone calls between Trump, Sheinbaum and Trudeau" are calls of the first with each of the
  // others: a call is between two, and the plural says there were several.
  for (const d of [...drafts]) {
    const word = d.c.trigger.text.toLowerCase();
    const after = sentences.find((x) => x.sentence.index === d.c.sentence)?.units[d.c.triggerUnit + 1]?.key ?? "";
    const plural = PLURAL_CALLS.has(word) || ((word === "phone" || word === "telephone") && PLURAL_CALLS.has(after));
    if (d.c.mode !== "remote" || d.c.video || d.people.length < 3 || !plural) continue;
    const [hub, ...others] = d.people as [PersonMention, ...PersonMention[]];
    drafts.splice(drafts.indexOf(d), 1, ...others.map((o) => ({ ...d, people: [hub, o], rules: [...d.rules, "pass.separate-calls"] })));
  }

  // pass.slots: "met in Hamburg in July 2017 and in Helsinki in July 2018" is two encounters.
  for (const d of [...drafts]) {
    if (d.c.slots.length < 2) continue;
    drafts.splice(drafts.indexOf(d), 1, ...d.c.slots.map((slot) => fromSlot(d, slot)));
  }

  // pass.article-pair: a meeting noun with a date or a place and no one else named belongs to the article's pair.
  if (genre !== "digest") {
    const pair = articlePair(drafts);
    if (pair) {
      const names = new Set(pair.map((p) => surnameOf(p.name)));
      for (const s of sentences) {
        if (drafts.some((d) => d.c.sentence === s.sentence.index)) continue;
        // One reading per sentence: the noun that lists occasions, else the first that says when or where.
        const o = s.orphans.find((x) => x.slots.length >= 2) ?? s.orphans.find((x) => x.date);
        // Only the pair named, and the noun points back to them ("their first meeting", "subsequent meetings") or
        // both are named: never a lone leader's visit, never officials' talks.
        if (!o || !o.named.every((n) => names.has(surnameOf(n)))) continue;
        if (!o.cued && new Set(o.named.map(surnameOf)).size < 2) continue;
        const occasions = o.slots.length >= 2 ? o.slots : [{ date: o.date, place: o.place, event: o.event, summitWord: o.summitWord }];
        for (const occasion of occasions) {
          if (!occasion.date && !occasion.place && !occasion.event) continue;
          drafts.push(orphanDraft(o, occasion, pair));
        }
      }
    }
  }

  // pass.dateline: a meeting in a wire story's opening paragraph with no place of its own was where the story was filed.
  const lede = sentences.find((s) => s.tokens.length > 0)?.sentence.paragraph;
  if (input.dateline) for (const d of drafts) {
    if (d.place || d.c.mode !== "in-person" || sentences[d.c.sentence]?.sentence.paragraph !== lede) continue;
    d.place = input.dateline;
    d.rules.push("pass.dateline");
  }

  // pass.dates and pass.future-plan
  for (const d of drafts) {
    let stated = d.c.date;
    // "In a meeting that day …": the date (and place) the sentence before gave.
    if (stated?.anaphoric) {
      const before = previousScene(sentences, d.c.sentence);
      stated = before.date;
      if (before.place && !d.c.place) d.place = before.place;
      d.rules.push("pass.that-day");
      // "Hours earlier" with nothing dated before it: the date is not known, not the page's.
      if (!stated) continue;
    }
    if (stated?.value) {
      d.date = stated.value;
      d.rules.push("pass.dates:stated");
    } else if (!stated && d.tells && d.status === d.tells.status) {
      // The encounter it tells more of was dated already: drafts run in text order.
      d.date = d.tells.date;
      if (!d.place && !d.c.event) d.place = d.tells.place;
      d.rules.push("pass.dates:same-encounter");
    } else if (stated && !stated.value) {
      d.dateText = stated.text;
      d.rules.push("pass.dates:unresolved");
    } else if (pub && d.status === "held" && (genre === "digest" || (genre === "news" && !d.c.nounTrigger))) {
      // A day page's items happen that day; in a report, a verb of meeting undated is recent, while an undated
      // meeting noun ("details emerged about Trump's call with Zelensky") usually refers back: it gets no date.
      // A day page's items happened that day, whatever their tense; in a report, an undated past is only the month.
      if (d.c.tense === "past" && genre !== "digest") {
        d.date = published?.slice(0, 7) ?? null;
        d.rules.push("pass.dates:page-month");
      } else {
        d.date = published;
        d.rules.push("pass.dates:page-day");
      }
    }
    // A date after publication makes a held report a plan, unless it is years later: then the date stands
    // and the publication date is what is off (a caption added later).
    if (pub && d.date && d.status === "held" && precisionOf(d.date) === "day" && (d.date as string) > (published as string) && (daysApart(d.date, published) ?? 0) <= 366) {
      d.status = "announced";
      d.rules.push("pass.future-plan");
    }
  }

  const candidates = drafts.map((d): EncounterCandidate => {
    const principals = d.people.slice(0, 2);
    const kind = kindOf(d.c, principals.length === 2 && principals.every((p) => p.leader));
    const s = sentences.find((x) => x.sentence.index === d.c.sentence) as SentenceAnalysis;
    d.rules.push(`pass.kind:${kind}`);
    return {
      kind,
      status: d.status,
      date: d.date,
      dateText: d.dateText,
      place: d.place,
      event: d.c.event?.name ?? null,
      participants: d.people,
      evidence: { start: s.sentence.start, end: s.sentence.end },
      // Undated, unplaced and at no gathering: a back-reference to an encounter told elsewhere — unless it says a
      // day the article's missing publication date leaves unresolved ("met on Tuesday"), or it is a verb that says
      // how they met ("met", "spoke by phone", not a bare "spoke") in an article with no date at all, where nothing
      // could have dated it.
      reference: !d.date && !d.place && !d.c.event && !d.dateText && (d.c.nounTrigger || !!pub || d.c.mode === null),
      sentence: d.c.sentence,
      whereabouts: [],
      rules: [...new Set(d.rules)],
      modeStated: d.c.mode !== null,
    };
  });
  // Everyone an encounter names is a mention the resolver must see; and the full names that bare surnames in
  // meetings stood for are people too.
  for (const c of candidates) people.push(...c.participants);
  for (const n of vouched) people.push({ start: n.start, end: n.end, name: n.name, role: null, side: null, sideOf: null, phraseStart: n.start, phraseEnd: n.end, evidence: ["position"] });
  return { candidates, genre, people: dedupeByStart(people) };
}

/**
 * The two people a plural pronoun stands for: the principals of the last encounter reported earlier in the same
 * story, else the last two different people the story named, in the sentences just before.
 */
function storyPair(drafts: readonly Draft[], sentences: readonly SentenceAnalysis[], peopleBySentence: ReadonlyArray<readonly PersonMention[]>, index: number, pronoun: { start: number; text: string }, genre: Genre, mainPair: PersonMention[] | null): { pair: PersonMention[]; from: Draft | null } | null {
  const at = pronoun.start;
  // A day page's items are stories of their own; a report's paragraphs are one story.
  const paragraph = sentences[index]?.sentence.paragraph;
  const inStory = (i: number) => genre !== "digest" || sentences[i]?.sentence.paragraph === paragraph;
  // "The two leaders", "the two ministers": the article's own pair when they fit the description.
  const noun = pronoun.text.toLowerCase().split(/\s+/).pop() ?? "";
  if (mainPair && ROLE_NOUNS.has(noun) && mainPair.every((p) => fitsDescription(p, noun))) {
    const from = [...drafts].reverse().find((d) => d.c.sentence <= index && d.people.slice(0, 2).every((p) => mainPair.some((q) => surnameOf(q.name) === surnameOf(p.name)))) ?? null;
    return { pair: mainPair, from };
  }
  const before = (d: Draft) => d.c.sentence < index || (d.c.sentence === index && d.c.trigger.start < at);
  const last = [...drafts].reverse().find((d) => before(d) && inStory(d.c.sentence));
  if (last) return { pair: last.people.slice(0, 2), from: last };
  const named: PersonMention[] = [];
  for (let i = index; i >= 0 && index - i <= 4 && named.length < 2; i--) {
    const s = sentences[i];
    if (!s || !inStory(i)) break;
    // Two-word names count here too ("failed to persuade Vladimir Putin … The two men met"); in the pronoun's own
    // sentence, only those before it.
    const here = [...(peopleBySentence[i] ?? []), ...s.names.filter((n) => n.words >= 2).map((n): PersonMention => ({ ...n, role: null, side: null, sideOf: null, phraseStart: n.start, phraseEnd: n.end, evidence: ["position"] }))]
      .filter((p) => i !== index || p.end <= at);
    for (const p of here.sort((a, b) => b.start - a.start)) if (!named.some((q) => surnameOf(q.name) === surnameOf(p.name))) named.push(p);
  }
  return named.length >= 2 ? { pair: named.slice(0, 2).reverse(), from: null } : null;
}

/** Plural nouns of calling: several calls, each between two people. */
const PLURAL_CALLS = new Set(["calls", "conversations", "phone calls", "phone conversations", "telephone calls", "telephone conversations"]);

/** The nouns of a plural description that say what the two are ("leaders", "ministers"). */
const ROLE_NOUNS = new Set(["leaders", "presidents", "premiers", "ministers", "diplomats", "envoys", "chancellors", "monarchs"]);

/** Whether a person may be one of "the two leaders" / "the two ministers". */
function fitsDescription(p: PersonMention, noun: string): boolean {
  const role = (p.role ?? "").toLowerCase();
  if (noun === "ministers") return /minister|secretary/.test(role) && !/prime/.test(role);
  if (noun === "diplomats" || noun === "envoys") return /envoy|diplomat|minister|secretary|ambassador/.test(role);
  return !!p.leader || /president|prime minister|premier|chancellor|king|leader/.test(role) || !p.role;
}

/** One draft per listed occasion. */
function fromSlot(d: Draft, slot: Slot): Draft {
  const c: SentenceCandidate = { ...d.c, date: slot.date, place: slot.place, event: slot.event, summitWord: slot.summitWord || d.c.summitWord, slots: [] };
  return { ...d, c, place: slot.place, rules: [...d.rules, "pass.slots"] };
}

/** The two people the article's encounters are most often between. */
function articlePair(drafts: readonly Draft[]): PersonMention[] | null {
  const counts = new Map<string, { n: number; pair: PersonMention[] }>();
  for (const d of drafts) {
    const principals = d.people.slice(0, 2);
    if (principals.length < 2) continue;
    const key = principals.map((p) => surnameOf(p.name)).sort().join("|");
    const entry = counts.get(key) ?? { n: 0, pair: principals };
    entry.n++;
    // The fullest spelling of each: "Vladimir Putin" over "Putin".
    entry.pair = entry.pair.map((p) => principals.find((q) => surnameOf(q.name) === surnameOf(p.name) && q.name.length > p.name.length) ?? p);
    counts.set(key, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  return first && (!second || first.n > second.n) ? first.pair : null;
}

function orphanDraft(o: Orphan, occasion: { date: DateMention | null; place: PlaceMention | null; event: EventMention | null; summitWord: boolean }, pair: PersonMention[]): Draft {
  const c: SentenceCandidate = {
    sentence: o.sentence, trigger: o.trigger, triggerUnit: -1, nounTrigger: true, parties: [], mode: o.mode, video: o.video, summitWord: occasion.summitWord,
    ceremony: false, context: false, status: o.status, tense: "past", date: occasion.date, place: occasion.place, event: occasion.event,
    rules: o.rules, slots: [],
  };
  return { c, people: pair, rules: [...o.rules, "pass.article-pair", ...(o.slots.length >= 2 ? ["pass.slots"] : [])], date: null, dateText: null, status: o.status, place: occasion.place };
}

/** The last resolved date and place named in the sentences before, in the same paragraph. */
function previousScene(sentences: readonly SentenceAnalysis[], index: number): { date: DateMention | null; place: PlaceMention | null } {
  const here = sentences[index];
  let date: DateMention | null = null;
  let place: PlaceMention | null = null;
  for (let i = index - 1; i >= 0 && index - i <= 2 && (!date || !place); i--) {
    const s = sentences[i];
    if (!s || s.sentence.paragraph !== here?.sentence.paragraph) break;
    date ??= [...s.dates].reverse().find((d) => d.value) ?? null;
    place ??= [...s.places].reverse().find((p) => p.prep !== "from") ?? null;
  }
  return { date, place };
}

function dedupeByStart(list: PersonMention[]): PersonMention[] {
  const seen = new Set<number>();
  return list.filter((p) => (seen.has(p.start) ? false : (seen.add(p.start), true))).sort((a, b) => a.start - b.start);
}

function dedupePeople(list: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const p of list) {
    const key = nameKey(p.name);
    const sur = surnameOf(p.name);
    // "Putin" and "Vladimir Putin" in one candidate are one person.
    if (out.some((q) => nameKey(q.name) === key || (!key.includes(" ") && surnameOf(q.name) === sur) || (!nameKey(q.name).includes(" ") && surnameOf(q.name) === sur))) continue;
    out.push(p);
  }
  return out;
}

/**
 * A party → a person. undefined: leave it out (an unknown name that is not a person);
 * null: the candidate cannot stand (a pronoun with no antecedent).
 */
function resolveParty(
  party: Party,
  s: SentenceAnalysis,
  sentences: readonly SentenceAnalysis[],
  peopleBySentence: ReadonlyArray<readonly PersonMention[]>,
  promote: (n: { start: number; end: number; name: string; words?: number }, inSlot: boolean) => PersonMention | null,
  rules: string[],
): PersonMention | undefined | null {
  if (party.type === "person") {
    if (party.mention.weak) {
      const p = promote(party.mention, true);
      return p ?? undefined;
    }
    return party.mention;
  }
  if (party.type === "role") {
    const p = describedPerson(party.role, peopleBySentence, s.sentence.index);
    if (p) rules.push("pass.descriptions");
    return p ?? undefined;
  }
  if (party.type === "name") {
    const p = promote(party.mention, true);
    if (p) rules.push(`pass.names:${p.evidence[0]}`);
    return p ?? undefined;
  }
  // pass.pronouns: the subject before it in this sentence, else the subject of the sentence before in the same story;
  // an object pronoun ("Putin received him") is someone other than this sentence's people.
  const object = OBJECT_PRONOUNS.has(party.text.toLowerCase());
  const here = object ? [] : (peopleBySentence[s.sentence.index] ?? []).filter((p) => p.end <= party.start);
  const excluded = object ? new Set((peopleBySentence[s.sentence.index] ?? []).map((p) => surnameOf(p.name))) : new Set<string>();
  const antecedent = here[0] ?? lastSubject(sentences, peopleBySentence, s.sentence.index, s.sentence.paragraph, excluded);
  if (!antecedent) return null;
  rules.push("pass.pronouns");
  return antecedent;
}

/**
 * pass.descriptions: "the Australian prime minister" is the person the article names with that side and role —
 * the nearest before, else the first after; no one if two different people fit.
 */
function describedPerson(role: RolePhrase, peopleBySentence: ReadonlyArray<readonly PersonMention[]>, index: number): PersonMention | null {
  if (!role.side) return null;
  const head = roleHead(role.text);
  const all = peopleBySentence.flat().filter((p) => !!p.role && roleHead(p.role) === head && nameKey(p.name).includes(" "));
  // Those the article gives this side; failing that, the only one with this role and no side at all.
  let fitting = all.filter((p) => p.side === role.side);
  if (fitting.length === 0) fitting = all.filter((p) => !p.side);
  const before = fitting.filter((p) => p.end <= role.start);
  const pool = before.length ? before : fitting.filter((p) => p.start >= role.end);
  if (new Set(pool.map((p) => nameKey(p.name))).size !== 1) return null;
  return before.length ? (before[before.length - 1] as PersonMention) : (pool[0] as PersonMention);
}

/** A role's head, for comparing descriptions: "Australia's prime minister" and "the Australian prime minister" → "prime minister". */
function roleHead(text: string): string {
  const words = text.toLowerCase().replace(/['’]s\b/g, "").split(/\s+/).filter((w) => !["the", "a", "an"].includes(w));
  const last = words[words.length - 1] ?? "";
  const before = words[words.length - 2] ?? "";
  return ["prime", "foreign", "defence", "defense", "vice", "finance", "interior", "deputy", "crown"].includes(before) ? `${before} ${last}` : last;
}

function lastSubject(sentences: readonly SentenceAnalysis[], peopleBySentence: ReadonlyArray<readonly PersonMention[]>, index: number, paragraph: number, excluded: ReadonlySet<string>): PersonMention | null {
  for (let i = index - 1; i >= 0 && index - i <= 2; i--) {
    const s = sentences[i];
    if (!s || s.sentence.paragraph !== paragraph) return null;
    const first = peopleBySentence[i]?.find((p) => !excluded.has(surnameOf(p.name)));
    if (first) return first;
  }
  return null;
}
