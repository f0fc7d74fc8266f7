// The question table of issue 9: what `ask` must understand, and what it
// must decline, over the built-in corpus and the fixture articles. Each row
// says what the answer must hold (ids, a count, an intent); a declined row,
// that no records come back and which word was not in the corpus.

import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Index } from "../../src/index/build.js";
import { openIndex } from "../../src/index/open.js";
import { builtinCorpus } from "../../src/cli/options.js";
import { ask, understand, type Intent } from "../../src/query/ask.js";
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
  { q: "encounters since 2021", includes: ["geneva-2021", "washington-2025"], excludes: ["osaka-2019"] },
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
  { q: "when did Rubio meet Vance", ids: ["washington-2025"] },
  { q: "Which meetings did Donald Trump have from July 2017 to June 2018?", includes: ["hamburg-2017", "da-nang-2017"], excludes: ["helsinki-2018"] },
  // Declined: people, places and words the corpus does not hold, and questions about something else.
  { q: "did Obama meet Putin", declined: /"Obama" is not in this corpus/ },
  { q: "did Xi Jinping ever meet Putin", declined: /"Xi" is not in this corpus/ },
  { q: "did Putin meet Macron", declined: /"Macron" is not in this corpus/ },
  { q: "what is the capital of France", declined: /"capital" is not a word/ },
  { q: "did Trump and Putin meet in Istanbul", declined: /"Istanbul" is not in this corpus/ },
  { q: "did trump dance", declined: /"dance"/ },
  { q: "when did obama and putin meet", declined: /"obama" is not in this corpus/ },
  { q: "what is the airspeed velocity of an unladen swallow", declined: /not a word|not in this corpus/ },
  { q: "when did Putin meet the Pope", declined: /no person, place or encounter|"Pope"|not in this corpus/ },
  { q: "how many meetings happened in Paris in 2019", declined: /"Paris" is not in this corpus/ },
];

const FIXTURE_ROWS: readonly Row[] = [
  { q: "did Biden and Xi meet in Bali", intent: "did", ids: ["bali-2022"], answer: /^yes/ },
  { q: "when did Reagan and Gorbachev first meet", ids: ["geneva-1985"] },
  { q: "when did Reagan and Gorbachev last meet", ids: ["washington-1987"] },
  { q: "how many times did Reagan and Gorbachev meet", count: 3 },
  { q: "which summits happened in the 1980s", ids: ["geneva-1985", "reykjavik-1986", "washington-1987"] },
  { q: "how many meetings did Reagan and Gorbachev have in 1986", count: 1 },
  { q: "calls between Biden and Putin between December 2021 and February 2022", includes: ["biden-putin-video-2021-12-07", "biden-putin-call-2022-02-12"], excludes: ["biden-putin-call-2021-01-26"] },
  { q: "which calls happened in the second half of 2021", includes: ["biden-putin-video-2021-12-07"], excludes: ["biden-putin-call-2021-01-26"] },
  { q: "where did Blinken meet Lavrov", intent: "where", includes: ["reykjavik-2021", "stockholm-2021", "geneva-2022-2"] },
  { q: "when did Blinken and Lavrov meet in Geneva", includes: ["geneva-2022-2"], excludes: ["reykjavik-2021"] },
  { q: "Trmp Ptin Ankorage", ids: ["anchorage-2025"] },
  { q: "Bidn Puttin Genva", includes: ["geneva-2021"] },
  { q: "where was Putin during the December 2021 video call with Biden", intent: "where", includes: ["biden-putin-video-2021-12-07"] },
  { q: "what did Lavrov say about the Riyadh talks", intent: "quotes", answer: /statement/ },
  { q: "who met Medvedev in 2009", intent: "who", answer: /Barack Obama/ },
  { q: "encounters before 1990", ids: ["geneva-1985", "reykjavik-1986", "washington-1987"] },
  { q: "did Trump and Putin meet in Washington", intent: "did", count: 0, answer: /^no/ },
  { q: "Macron Putin Versaile", declined: /"Macron"|"Versaile"/ },
  { q: "did Biden meet Xi in Woodside", declined: /"Woodside" is not in this corpus/ },
  { q: "what did Gorbachev say about Thatcher", declined: /"Thatcher" is not in this corpus/ },
];

function check(index: Index, row: Row): void {
  const a = ask(index, row.q);
  const ids = a.results.items.map((r) => ("evidence" in r ? r.id : r.id));
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
  expect(a.found, row.q).toBe(row.notFound !== true);
}

let builtin: Index;
let fixtures: Index;
beforeAll(async () => {
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
