// The question table of issue 9: what `ask` must understand, and what it
// must decline, over the built-in corpus and the fixture articles. Each row
// says what the answer must hold (ids, a count, an intent); a declined row,
// that no records come back and which word was not in the corpus.

import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Index } from "../../src/index/build.js";
import { openIndex } from "../../src/index/open.js";
import { builtinCorpus } from "../../src/cli/options.js";
import { ask, askWithWorld, understand, type Intent } from "../../src/query/ask.js";
import { loadLexicon } from "../../src/query/words.js";
import { loadWorld, type World } from "../../src/query/world.js";
import type { EncounterRecord, PersonRecord } from "../../src/index/records.js";
import { FIXTURES, indexOf } from "../helpers.js";

interface Row {
  readonly q: string;
  readonly intent?: Intent;
  /** Exactly these result ids (encounters or claims), in order. */
  readonly ids?: readonly string[];
  /** At least these result ids. */
  readonly includes?: readonly string[];
  /** None of these. */
  readonly excludes?: readonly string[];
  readonly count?: number;
  /** The one-line answer matches. */
  readonly answer?: RegExp;
  /** Declined: the reason names this. */
  readonly declined?: RegExp;
  /** Answered, but nothing found (exit 1 at the CLI). */
  readonly notFound?: true;
  /** Exactly these encounter dates, in order (where the ids are incidental to what is asked). */
  readonly dates?: readonly string[];
  /** Every encounter's date falls in [from, to], and there is at least one. */
  readonly within?: readonly [string, string];
  /** These people take part in some encounter of the answer. */
  readonly named?: readonly string[];
  /** The reading's places include these. */
  readonly places?: readonly string[];
  /** Some note matches. */
  readonly note?: RegExp;
  /** The reading leaves these words unused (`ignored`). */
  readonly ignored?: readonly string[];
}

const BUILTIN_ROWS: readonly Row[] = [
  { q: "when did Biden and Putin talk", intent: "when", ids: ["biden-putin-call-2021-01", "geneva-2021", "biden-putin-video-2021-12-07"] },
  { q: "when did Biden and Putin first talk", ids: ["biden-putin-call-2021-01"] },
  { q: "when did Trump and Putin last meet", ids: ["osaka-2019"] },
  { q: "what was the most recent call between Trump and Putin", ids: ["putin-trump-call-2025-08-18"] },
  { q: "how many times did Trump and Putin meet", intent: "count", count: 4, answer: /4 in-person meetings, plus 1 disputed: quebec-2018/ },
  { q: "did Trump and Putin meet in Quebec", intent: "did", count: 0, answer: /only a disputed one/ },
  { q: "which meetings happened in 2018", intent: "find", ids: ["quebec-2018", "helsinki-2018"] },
  { q: "which encounters happened in December 2021", ids: ["biden-putin-video-2021-12-07"] },
  { q: "encounters since 2021", includes: ["geneva-2021"], excludes: ["osaka-2019"], within: ["2021-01-01", "2025-12-31"], named: ["Marco Rubio", "JD Vance"] },
  { q: "did Trump and Putin meet between July and December 2017", intent: "did", ids: ["hamburg-2017", "da-nang-2017"], answer: /^yes/ },
  { q: "did Biden and Putin meet in Geneva in Q2 2021", ids: ["geneva-2021"], answer: /^yes/ },
  { q: "did Putin meet Biden in Helsinki", intent: "did", ids: [], answer: /^no$/ },
  { q: "did Trump meet Putin in person in the first half of 2019", ids: ["osaka-2019"] },
  { q: "who met Putin in 2017", intent: "who", ids: ["hamburg-2017", "da-nang-2017"], answer: /Donald Trump/ },
  { q: "who did Biden talk to", intent: "who", includes: ["geneva-2021"], answer: /Vladimir Putin/ },
  { q: "how many calls did Biden and Putin have", intent: "count", count: 2 },
  { q: "how long did the Geneva summit last", intent: "duration", ids: ["geneva-2021"], answer: /four hours/ },
  { q: "how long did the Helsinki summit last", intent: "duration", notFound: true, answer: /do not say/ },
  { q: "what did Putin say about the Geneva summit", intent: "quotes", includes: ["002-geneva-summit-live-q1"] },
  { q: "who attended geneva-2021", intent: "attendees", count: 15 },
  { q: "where did Trump meet Putin", intent: "where", includes: ["hamburg-2017", "helsinki-2018", "osaka-2019"], answer: /Helsinki/ },
  { q: "calls between Trump and Putin", ids: ["putin-trump-call-2025-08-18"] },
  { q: "Putn Geneve", includes: ["geneva-2021"], answer: /Geneva/ },
  { q: "did Biden and Putin talk by video", ids: ["biden-putin-video-2021-12-07"] },
  { q: "when did Rubio meet Vance", intent: "when", dates: ["2025-08-18"], named: ["Marco Rubio", "JD Vance"] },
  { q: "Which meetings did Donald Trump have from July 2017 to June 2018?", includes: ["hamburg-2017", "da-nang-2017"], excludes: ["helsinki-2018"] },
  // Declined: people, places and words the corpus does not hold, and questions about something else.
  { q: "did Obama meet Putin", declined: /"Obama" is not in this corpus/ },
  { q: "did Xi Jinping ever meet Putin", declined: /"Xi" is not in this corpus/ },
  { q: "did Putin meet Macron", declined: /"Macron" is not in this corpus/ },
  { q: "what is the capital of France", declined: /"capital" is not a word/ },
  // A real place where no encounter of the corpus was: "no", not a refusal.
  { q: "did Trump and Putin meet in Istanbul", intent: "did", count: 0, answer: /^no$/, places: ["Istanbul"], note: /no encounter in this corpus took place in Istanbul/ },
  { q: "did trump dance", declined: /"dance"/ },
  { q: "when did obama and putin meet", declined: /"obama" is not in this corpus/ },
  { q: "what is the airspeed velocity of an unladen swallow", declined: /not a word|not in this corpus/ },
  { q: "when did Putin meet the Pope", declined: /no person, place or encounter|"Pope"|not in this corpus/ },
  // Still declined: names no record and no gazetteer holds, a city where a person goes, a title with no name.
  { q: "did Biden and Putin meet in Qwertyville", declined: /"Qwertyville" is not in this corpus/ },
  { q: "did Putin meet Charlotte", declined: /"Charlotte" is not in this corpus/ },
  { q: "did Trump meet NATO", declined: /"NATO" is not in this corpus/ },
  { q: "when did Biden meet the Emir", declined: /"Emir" is not in this corpus/ },
  { q: "did Biden meet rice", declined: /"rice" is not a word/ },
  { q: "who took part in the summit that Ursula Brandtner arranged", declined: /"Ursula" is not in this corpus/ },
  // Places the world knows, titles, gatherings, topic words, relative clauses, people in no encounter.
  { q: "did Biden and Putin meet in Vienna", intent: "did", count: 0, answer: /^no$/, places: ["Vienna"] },
  { q: "who did Putin meet in Brazil", intent: "who", notFound: true, places: ["Brazil"], answer: /no encounter matches/ },
  { q: "did Trump meet Putin in Vance", intent: "did", count: 0, places: ["Vance"] },
  { q: "when did National Security Adviser Jake Sullivan meet Putin", intent: "when", dates: ["2021-06-16"], named: ["Vladimir Putin"] },
  { q: "did Trump and Putin meet at the G20", intent: "did", dates: ["2017-07", "2019-06"], answer: /^yes/ },
  { q: "did Trump and Putin meet at the BRICS summit", intent: "did", count: 0, answer: /^no$/, note: /no encounter in this corpus is recorded at the BRICS summit/ },
  { q: "who met Putin at the BRICS summit", intent: "who", includes: ["helsinki-2018", "geneva-2021"], ignored: ["the BRICS summit"], note: /not checked/ },
  { q: "where did Biden and Putin hold their arms control talks", intent: "where", includes: ["geneva-2021"], excludes: ["biden-putin-video-2021-12-07"] },
  { q: "when did Biden and Putin sign their peace treaty", intent: "when", ids: ["biden-putin-call-2021-01", "geneva-2021", "biden-putin-video-2021-12-07"], ignored: ["peace"], note: /no source mentions "peace"/ },
  { q: "who did Biden talk to about Lavrov", intent: "who", includes: ["biden-putin-video-2021-12-07"], ignored: ["lavrov"] },
  { q: "who took part in the June 2021 summit that Ursula Brandtner arranged", intent: "attendees", count: 15, note: /Ursula Brandtner is not in this corpus/ },
  { q: "who took part in the 2021 summit that Jake Sullivan helped prepare", intent: "attendees", count: 15 },
  { q: "when did Stoltenberg meet Putin", intent: "when", notFound: true, answer: /Jens Stoltenberg is in no encounter of this corpus/ },
  { q: "how many meetings happened in Paris in 2019", intent: "count", count: 0, places: ["Paris"] },
];

const FIXTURE_ROWS: readonly Row[] = [
  { q: "did Biden and Xi meet in Bali", intent: "did", dates: ["2022-11-14"], named: ["Joe Biden", "Xi Jinping"], answer: /^yes/ },
  { q: "when did Reagan and Gorbachev first meet", dates: ["1985-11"] },
  { q: "when did Reagan and Gorbachev last meet", ids: ["washington-1987"] },
  { q: "how many times did Reagan and Gorbachev meet", count: 3 },
  { q: "which summits happened in the 1980s", within: ["1980-01-01", "1989-12-31"], includes: ["hofdi-house-1986"] },
  { q: "which meetings happened in the 1980s", dates: ["1985-11", "1986-10-11", "1987-12-08"] },
  { q: "how many meetings did Reagan and Gorbachev have in 1986", count: 1 },
  { q: "calls between Biden and Putin between December 2021 and February 2022", includes: ["biden-putin-call-2022-02-12"], within: ["2021-12-01", "2022-02-28"], named: ["Joe Biden", "Vladimir Putin"] },
  { q: "which calls happened in the second half of 2021", within: ["2021-07-01", "2021-12-31"] },
  { q: "where did Blinken meet Lavrov", intent: "where", includes: ["reykjavik-2021", "geneva-2022-2"], answer: /Reykjav.*Geneva/ },
  { q: "when did Blinken and Lavrov meet in Geneva", includes: ["geneva-2022-2"], excludes: ["reykjavik-2021"] },
  { q: "Trmp Ptin Ankorage", ids: ["anchorage-2025"] },
  { q: "Bidn Puttin Genva", includes: ["geneva-2021"] },
  { q: "where was Putin during the December 2021 video call with Xi", intent: "where", dates: ["2021-12-15"] },
  { q: "what did Lavrov say about the Riyadh talks", intent: "quotes", answer: /statement/ },
  { q: "who met Medvedev in 2009", intent: "who", answer: /Barack Obama/ },
  { q: "encounters before 1990", dates: ["1985-11", "1986-10-11", "1987-12-08"] },
  { q: "did Biden and Putin meet in Washington", intent: "did", count: 0, answer: /^no/ },
  { q: "Macron Putin Versaile", declined: /"Macron"|"Versaile"/ },
  { q: "did Biden meet Xi in Woodside", intent: "did", dates: ["2023-11-15"], answer: /^yes/ },
  { q: "did Biden and Xi meet at the G20", intent: "did", dates: ["2022-11-14"], answer: /^yes/ },
  { q: "who met Trump at the UN General Assembly", intent: "who", dates: ["2019-09-25"], named: ["Volodymyr Zelensky"] },
  { q: "which leaders met on the sidelines of the G20 in 2012", intent: "who", dates: ["2012-06-18"] },
  { q: "did Obama and Medvedev meet in Sydney", intent: "did", count: 0, answer: /^no$/, places: ["Sydney"] },
  { q: "did Putin meet Biden in Obamaland", declined: /"Obamaland" is not in this corpus/ },
  { q: "what did Gorbachev say about Thatcher", declined: /"Thatcher" is not in this corpus/ },
];

function check(index: Index, row: Row): void {
  // As the CLI asks: the world's places, titles and gatherings read only when the corpus leaves a word unexplained.
  const a = askWithWorld(index, row.q, () => world);
  const ids = a.results.items.map((r) => ("evidence" in r ? r.id : r.id));
  const encounters = a.results.type === "encounters" ? a.results.items : [];
  if (row.declined) {
    expect(a.understood.intent, `${row.q}: declined`).toBe("unknown");
    expect(a.results.items).toHaveLength(0);
    expect(a.reading).toMatch(row.declined);
    return;
  }
  expect(a.understood.intent, `${row.q}: ${a.reading}`).not.toBe("unknown");
  if (row.intent) expect(a.understood.intent).toBe(row.intent);
  if (row.ids) expect(ids).toEqual(row.ids);
  for (const id of row.includes ?? []) expect(ids, row.q).toContain(id);
  for (const id of row.excludes ?? []) expect(ids, row.q).not.toContain(id);
  if (row.count !== undefined) expect(a.count, row.q).toBe(row.count);
  if (row.answer) expect(a.answer, row.q).toMatch(row.answer);
  if (row.dates) expect(encounters.map((e) => e.date), row.q).toEqual(row.dates);
  if (row.within) {
    expect(encounters.length, row.q).toBeGreaterThan(0);
    for (const e of encounters) expect(e.date !== null && e.date >= row.within[0].slice(0, e.date.length) && e.date <= row.within[1].slice(0, e.date.length), `${row.q}: ${e.id} ${e.date}`).toBe(true);
  }
  for (const name of row.named ?? []) expect(encounters.some((e) => e.participants.some((p) => p.name === name)), `${row.q}: ${name}`).toBe(true);
  for (const place of row.places ?? []) expect(a.understood.places, row.q).toContain(place);
  if (row.note) expect(a.notes.join("\n"), row.q).toMatch(row.note);
  for (const word of row.ignored ?? []) expect(a.understood.ignored, row.q).toContain(word);
  expect(a.found, row.q).toBe(row.notFound !== true);
}

/** An index of a few invented records, for what no corpus here shows: names sharing a word, a title before a name. */
function tinyIndex(): Index {
  const slug = (name: string) => name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, "-");
  const quote = "The two leaders met in Dublin.";
  const encounter = (id: string, date: string, names: readonly string[]): EncounterRecord => ({
    id, title: id, kind: "meeting", status: "held", date, event: null, location: null,
    participants: names.map((n) => ({ id: slug(n), name: n, role: null, side: null })), topics: [],
    sources: [{ document: "a.md", quote, start: 0, end: quote.length }], disputes: [], curated: [], whereabouts: [], explanation: [],
  });
  const person = (name: string, encounters: readonly string[]): PersonRecord => ({ id: slug(name), name, aliases: [], roles: [], side: null, encounters, documents: ["a.md"] });
  return {
    documents: [],
    encounters: [encounter("mexico-meeting", "2021-11-18", ["Andrés Manuel López Obrador", "Justin Trudeau"]), encounter("dublin-meeting", "2022-03-17", ["Micheál Martin", "Justin Trudeau"])],
    attendees: {},
    people: [
      person("Andrés Manuel López Obrador", ["mexico-meeting"]), person("López Obrador", []), person("Justin Trudeau", ["mexico-meeting", "dublin-meeting"]),
      person("Micheál Martin", ["dublin-meeting"]), person("Ana Inês Costa", []), person("Rui Inês Ferreira", []), person("Maria da Costa", []),
    ],
    claims: [],
    problems: [],
  };
}

let builtin: Index;
let fixtures: Index;
let world: World;
beforeAll(async () => {
  world = loadWorld();
  builtin = await openIndex({ corpus: builtinCorpus(), cache: false, cacheDir: "/nonexistent" });
  fixtures = await indexOf(join(FIXTURES, "articles"));
}, 120_000);

describe("ask over the built-in corpus", () => {
  for (const row of BUILTIN_ROWS) it(row.q, () => check(builtin, row));
});

describe("ask over the fixture articles", () => {
  for (const row of FIXTURE_ROWS) it(row.q, () => check(fixtures, row));
});

describe("the question table", () => {
  it("has at least 40 questions, 10 of them to decline", () => {
    const rows = [...BUILTIN_ROWS, ...FIXTURE_ROWS];
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(rows.filter((r) => r.declined).length).toBeGreaterThanOrEqual(10);
  });
});

describe("reading a question", () => {
  it("reads times: a year, a month, a day, halves, quarters, ranges and open ends", () => {
    const range = (q: string) => understand(builtin, `when did Trump and Putin meet ${q}`).range;
    expect(range("in 2018")).toMatchObject({ from: "2018-01-01", to: "2018-12-31" });
    expect(range("in December 2021")).toMatchObject({ from: "2021-12-01", to: "2021-12-31" });
    expect(range("on 16 June 2021")).toMatchObject({ from: "2021-06-16", to: "2021-06-16" });
    expect(range("on June 16, 2021")).toMatchObject({ from: "2021-06-16", to: "2021-06-16" });
    expect(range("in the first half of 2025")).toMatchObject({ from: "2025-01-01", to: "2025-06-30" });
    expect(range("in the second half of 2025")).toMatchObject({ from: "2025-07-01", to: "2025-12-31" });
    expect(range("in the third quarter of 2024")).toMatchObject({ from: "2024-07-01", to: "2024-09-30" });
    expect(range("in Q1 2024")).toMatchObject({ from: "2024-01-01", to: "2024-03-31" });
    expect(range("between July and December 2025")).toMatchObject({ from: "2025-07-01", to: "2025-12-31" });
    expect(range("from 2017 to 2019")).toMatchObject({ from: "2017-01-01", to: "2019-12-31" });
    expect(range("in February and March 2025")).toMatchObject({ from: "2025-02-01", to: "2025-03-31" });
    expect(range("since 2020")).toMatchObject({ from: "2020-01-01", to: null });
    expect(range("after March 2025")).toMatchObject({ from: "2025-04-01", to: null });
    expect(range("before 2019")).toMatchObject({ from: null, to: "2018-12-31" });
    expect(range("in the 2010s")).toMatchObject({ from: "2010-01-01", to: "2019-12-31" });
    expect(range("in February 2024")).toMatchObject({ from: "2024-02-01", to: "2024-02-29" });
  });

  it("forgives a spelling mistake in a name, and nothing further", () => {
    const u = understand(builtin, "when did Zelenskky meet Trump");
    expect(u.unknown).toEqual(["Zelenskky"]); // no Zelensky in the built-in corpus: a typo of nothing
    const putin = understand(builtin, "when did Putn meet Trump");
    expect(putin.people.map((p) => p.name).sort()).toEqual(["Donald Trump", "Vladimir Putin"]);
    expect(putin.corrections).toEqual([{ typed: "Putn", read: "putin" }]);
    // Two letters away from Putin in five is not a typo.
    expect(understand(builtin, "when did Pudan meet Trump").unknown).toEqual(["Pudan"]);
    // "France" is a country, "dance" a word: neither is Vance, however close.
    expect(understand(builtin, "when did France meet Trump").people.map((p) => p.name)).toEqual(["Donald Trump"]);
    expect(understand(builtin, "did trump dance").unknown).toEqual(["dance"]);
  });

  it("reads the world's places only when the corpus leaves a word unexplained, and never a place as a person or a person as a place", () => {
    expect(understand(builtin, "when did Biden and Putin talk").wantsWorld).toBe(false);
    expect(understand(builtin, "did Trump and Putin meet in Istanbul").wantsWorld).toBe(true);
    const lexicon = loadLexicon();
    // "Vance" where a place goes is the town; where a person goes, JD Vance.
    const inVance = understand(builtin, "did Trump meet Putin in Vance", lexicon, world);
    expect(inVance.places).toEqual(["Vance"]);
    expect(inVance.people.map((p) => p.name).sort()).toEqual(["Donald Trump", "Vladimir Putin"]);
    expect(understand(builtin, "when did Rubio meet Vance", lexicon, world).people.map((p) => p.name).sort()).toEqual(["JD Vance", "Marco Rubio"]);
    // A city's name where a person goes stays a name the corpus lacks; a country is a place anywhere.
    expect(understand(builtin, "did Putin meet Austin", lexicon, world).unknown).toEqual(["Austin"]);
    expect(understand(builtin, "who did Putin meet in Brazil", lexicon, world).worldPlaces).toEqual(["Brazil"]);
    // The gazetteer's own spelling of a place the corpus holds: "Genève" is Geneva.
    expect(understand(builtin, "did Biden and Putin meet in Genève", lexicon, world).places).toEqual(["Geneva"]);
  });

  it("keeps the subject of a relative clause and the topic of 'about' out of the participants", () => {
    const clause = understand(builtin, "who took part in the 2021 summit that Jake Sullivan helped prepare");
    expect(clause.context.map((p) => p.name)).toEqual(["Jake Sullivan"]);
    expect(clause.people).toEqual([]);
    expect(clause.unknown).toEqual([]);
    const about = understand(builtin, "who did Biden talk to about Lavrov");
    expect(about.people.map((p) => p.name)).toEqual(["Joe Biden"]);
    expect(about.topic).toEqual(["lavrov"]);
  });

  it("reads lower-case words that describe the encounter as its topic, and no others", () => {
    expect(understand(builtin, "when did Biden and Putin hold trade talks").topic).toEqual(["trade"]);
    expect(understand(builtin, "where did Biden and Putin sign the climate accord").topic).toEqual(["climate"]);
    // Not after a determiner nor before a noun of meeting: a word not understood.
    expect(understand(builtin, "when did Biden meet cheese").unknown).toEqual(["cheese"]);
    // No meeting asked about: nothing for a topic to narrow.
    expect(understand(builtin, "what is the weather of Geneva").unknown).toContain("weather");
  });

  it("finds a person by any word of the name that picks one person, and reads titles before a name as grammar", () => {
    const tiny = tinyIndex();
    const names = (q: string) => understand(tiny, q).people.map((p) => p.name).sort();
    expect(names("when did Manuel meet Trudeau")).toEqual(["Andrés Manuel López Obrador", "Justin Trudeau"]);
    // "López" starts a shorter record of the same person: the one in encounters is meant.
    expect(names("when did López meet Trudeau")).toEqual(["Andrés Manuel López Obrador", "Justin Trudeau"]);
    // "Inês" is inside two people's names: neither is guessed.
    expect(understand(tiny, "when did Ines meet Trudeau").unknown).toEqual(["Ines"]);
    // A particle names no one.
    expect(understand(tiny, "when did da meet Trudeau").people.map((p) => p.name)).toEqual(["Justin Trudeau"]);
    const titled = askWithWorld(tiny, "when did Taoiseach Micheál Martin host Prime Minister Justin Trudeau", () => world);
    expect(titled.understood.unknown).toEqual([]);
    expect(titled.understood.people.map((p) => p.name).sort()).toEqual(["Justin Trudeau", "Micheál Martin"]);
    expect(titled.results.items.map((e) => e.id)).toEqual(["dublin-meeting"]);
    // Without the lexicon of titles (no world), the title is a word not understood.
    expect(ask(tiny, "when did Taoiseach Micheál Martin host Justin Trudeau").understood.unknown).toEqual(["Taoiseach"]);
  });

  it("keeps who spoke apart from what they spoke about", () => {
    const u = understand(builtin, "what did Putin say about Biden");
    expect(u.intent).toBe("quotes");
    expect(u.speakers.map((p) => p.name)).toEqual(["Vladimir Putin"]);
    expect(u.people.map((p) => p.name).sort()).toEqual(["Joe Biden", "Vladimir Putin"]);
  });

  it("reads kinds, and 'a call or a meeting' as any kind", () => {
    expect(understand(builtin, "calls between Biden and Putin").kind).toBe("remote");
    expect(understand(builtin, "video call between Biden and Putin").kind).toBe("video");
    expect(understand(builtin, "when did Biden and Putin meet").kind).toBe("in-person");
    expect(understand(builtin, "was the June 2021 encounter between Biden and Putin a phone call or an in-person meeting").kind).toBe("any");
  });
});
