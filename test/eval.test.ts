import { describe, expect, it } from "vitest";
import type { Article } from "../src/corpus/load.js";
import { extractDocument } from "../src/extract/document.js";
import { buildIndex } from "../src/index/build.js";
import type { AttendeeJson, ClaimJson, EncounterJson } from "../src/index/records.js";
import { regressions, summarize, toBaseline, METRICS } from "../src/eval/baseline.js";
import { parseGold, type Gold } from "../src/eval/gold.js";
import { checkQuestion, evaluate, scoreAttendees, scoreEncounters, scoreQuotes } from "../src/eval/score.js";
import { entryPresent, evaluateEntry, readBaseline, readManifest } from "../src/eval/suite.js";
import { gaz, ROOT } from "./helpers.js";

describe("every gold file in the manifest scores at least its baseline", () => {
  const baseline = readBaseline(ROOT);
  for (const entry of readManifest(ROOT)) {
    // The real-news sets live in ../shared/real, beside the repository; a clone without them skips them, visibly.
    const inRepo = !entry.corpus.startsWith("..");
    it.skipIf(!inRepo && !entryPresent(ROOT, entry))(`${entry.name}: ${entry.gold} on ${entry.corpus}`, async () => {
      const { report } = await evaluateEntry(ROOT, entry);
      const floor = baseline[entry.name];
      expect(floor, `no baseline for ${entry.name}: run npm run eval -- --update-baseline`).toBeDefined();
      const current = summarize(report);
      // One message per metric that moved the wrong way, so a failure says what to look at.
      expect(regressions(entry.name, current, baseline).map((r) => `${r.metric}: ${r.current} vs ${r.baseline}`)).toEqual([]);
    });
  }
});

const gold = (g: Partial<Gold> & { required: Gold["encounters"]["required"]; optional?: Gold["encounters"]["optional"] }): Gold =>
  parseGold({ encounters: { required: g.required, optional: g.optional ?? [] }, attendees: g.attendees, quotes: g.quotes, questions: g.questions }, "inline");

const enc = (id: string, names: string[], date: string | null, kind: EncounterJson["kind"], more: Partial<EncounterJson> = {}): EncounterJson => ({
  id, title: id, kind, status: "held", date, event: null, location: null,
  participants: names.map((name) => ({ id: name.toLowerCase().replace(/\W+/g, "-"), name, role: null, side: null })),
  topics: [], sources: [], disputes: [], curated: [], whereabouts: [], ...more,
});

const GENEVA = { key: "geneva-2021", participants: ["Joe Biden", "Vladimir Putin"], date: "2021-06-16", kind: "summit", location: "Geneva, Switzerland" };

describe("encounter matching", () => {
  it("matches on surnames, a prefix-compatible date and the mode, and scores kind, date and place exactly", () => {
    const s = scoreEncounters(gold({ required: [GENEVA] }), [
      enc("geneva", ["Biden", "Vladimir Putin"], "2021-06", "meeting", { location: { name: "Geneva", city: "Geneva", country: "Switzerland", venue: null } }),
    ]);
    expect(s).toMatchObject({ tp: 1, fp: 0, precision: 1, recall: 1, f1: 1, kindExact: 0, dateExact: 0, place: 1 });
    expect(s.mismatches.map((m) => m.field)).toEqual(["kind", "date"]);
  });

  it("does not match a wrong date: it is a miss and a false positive", () => {
    const s = scoreEncounters(gold({ required: [GENEVA] }), [enc("geneva", ["Joe Biden", "Vladimir Putin"], "2021-07-16", "summit")]);
    expect(s).toMatchObject({ tp: 0, fp: 1, precision: 0, recall: 0, f1: 0 });
    expect(s.missed.map((m) => m.key)).toEqual(["geneva-2021"]);
    expect(s.falsePositives[0]).toMatch(/^geneva 2021-07-16 summit/);
  });

  it("does not match a call to an in-person summit, nor a different pair", () => {
    const s = scoreEncounters(gold({ required: [GENEVA] }), [
      enc("call", ["Joe Biden", "Vladimir Putin"], "2021-06-16", "call"),
      enc("other", ["Joe Biden", "Xi Jinping"], "2021-06-16", "summit"),
    ]);
    expect(s).toMatchObject({ tp: 0, fp: 2 });
  });

  it("counts encounters whose every source is an article the gold cites for nothing", () => {
    const g = parseGold({ encounters: { required: [{ ...GENEVA, evidence: [{ article: "geneva-live", quote: "x" }] }] } }, "g");
    const src = (document: string) => ({ document, quote: "", start: 0, end: 0 });
    const s = scoreEncounters(g, [
      enc("geneva", ["Joe Biden", "Vladimir Putin"], "2021-06-16", "summit", { sources: [src("geneva-live.md")] }),
      enc("stray", ["Joe Biden", "Xi Jinping"], "2021-06-16", "summit", { sources: [src("sports-page.md")] }),
    ]);
    expect(s.inQuietArticles).toBe(1);
  });

  it("counts an optional encounter and an announced one as neither hit nor false positive", () => {
    const s = scoreEncounters(gold({
      required: [GENEVA],
      optional: [
        { key: "maybe-call", participants: ["Joe Biden", "Vladimir Putin"], date: "2021-12", kind: "call" },
        { key: "ministers", participants: [], date: null, location: "Riga, Latvia" },
      ],
    }), [
      enc("geneva", ["Joe Biden", "Vladimir Putin"], "2021-06-16", "summit"),
      enc("call", ["Joe Biden", "Vladimir Putin"], "2021-12-30", "call"),
      enc("riga", ["Antony Blinken", "Sergey Lavrov"], "2021-12", "meeting", { location: { name: "Riga", city: "Riga", country: "Latvia", venue: null } }),
      enc("plan", ["Donald Trump", "Vladimir Putin"], "2025-08", "summit", { status: "announced" }),
    ]);
    expect(s).toMatchObject({ found: 4, tp: 1, fp: 0, precision: 1, recall: 1, dateExact: 1 });
  });

  it("matches each gold encounter once: a duplicate record is a false positive", () => {
    const s = scoreEncounters(gold({ required: [GENEVA] }), [
      enc("a", ["Joe Biden", "Vladimir Putin"], "2021-06-16", "summit"),
      enc("b", ["Joe Biden", "Vladimir Putin"], "2021", "summit"),
    ]);
    expect(s).toMatchObject({ tp: 1, fp: 1, precision: 0.5, recall: 1 });
  });
});

describe("attendees and quotes", () => {
  const att = (name: string): AttendeeJson => ({ id: name, name, role: null, side: null, evidence: { document: "a.md", quote: "", start: 0, end: 0 } });
  const g = gold({
    required: [],
    attendees: {
      "geneva-2021": { US: ["Joe Biden", "Antony Blinken"], Russia: ["Vladimir Putin", "Sergei Lavrov"], Swiss: ["Guy Parmelin"], not_attendees: ["Alexei Navalny"] },
      "helsinki-2018": { US: ["Donald Trump"], Russia: ["Vladimir Putin"] },
    },
  });

  it("finds gold attendees by full name or initial and surname, and counts a key with no encounter as none found", () => {
    const s = scoreAttendees(g, { "geneva-2021": ["Joe Biden", "Vladimir Putin", "Sergey Lavrov", "Guy Parmelin", "Alexei Navalny"].map(att) });
    const geneva = s.entries.find((e) => e.key === "geneva-2021");
    expect(geneva).toMatchObject({ hasEncounter: true, want: 4, found: 3, listed: 5, correct: 4, missing: ["Antony Blinken"], wrong: ["Alexei Navalny"] });
    expect(s.entries.find((e) => e.key === "helsinki-2018")).toMatchObject({ hasEncounter: false, want: 2, found: 0 });
    expect(s.recall).toBeCloseTo(3 / 6);
    expect(s.precision).toBeCloseTo(4 / 5);
  });

  it("attributes a quote only to a claim naming the right speaker", () => {
    const claim = (text: string, speaker: string | null): ClaimJson => ({
      id: text, text, speaker: speaker ? { id: speaker, name: speaker } : null, encounter: null, source: { document: "a.md", quote: text, start: 0, end: 0 }, curated: [],
    });
    const q = gold({ required: [], quotes: [{ speaker: "Vladimir Putin", contains: "very constructive" }, { speaker: "Joe Biden", contains: "rules of the road" }] });
    const s = scoreQuotes(q, [claim("The talks were very constructive", "Vladimir Putin"), claim("basic rules of the road", "Jake Sullivan")]);
    expect(s).toMatchObject({ want: 2, attributed: 1 });
    expect(s.missed.map((m) => m.speaker)).toEqual(["Joe Biden"]);
  });
});

describe("question rules", () => {
  const q = (expect: Record<string, unknown>) => ({ q: "question", expect });
  const answer = (results: unknown[], count?: number) => ({ ok: true as const, value: { results, count } });
  const meetings = [{ date: "2018-07-16", kind: "summit", location: { name: "Helsinki" } }, { date: "2017-07", kind: "sideline" }];

  it("applies the date rules: include by prefix, exact lists, alternatives and exclusions", () => {
    expect(checkQuestion(q({ dates_include: ["2018-07"] }), answer(meetings)).pass).toBe(true);
    expect(checkQuestion(q({ dates_include: ["2019"] }), answer(meetings)).why).toBe("no date 2019");
    expect(checkQuestion(q({ dates: ["2018-07-16"] }), answer(meetings)).why).toBe("extra date 2017-07");
    expect(checkQuestion(q({ dates: ["2018-07-16", "2017-07-07"], dates_also_ok: ["2017-07"] }), answer(meetings)).pass).toBe(true);
    expect(checkQuestion(q({ dates_exclude: ["2017"] }), answer(meetings)).why).toBe("has date 2017");
  });

  it("names a person by full name or first initial and surname (so Serge names Sergey), and fails an unreadable question", () => {
    const people = answer([{ name: "Sergey Lavrov" }, { name: "M. Pompeo" }]);
    expect(checkQuestion(q({ people_include: ["Sergei Lavrov", "Mike Pompeo"] }), people).pass).toBe(true);
    expect(checkQuestion(q({ people_exclude: ["Ivan Lavrov"] }), people).pass).toBe(true);
    expect(checkQuestion(q({ people_exclude: ["Serge Lavrov"] }), people).why).toBe("has Serge Lavrov");
    expect(checkQuestion(q({ people_exclude: ["Anyone Else"] }), { ok: false, error: "cannot understand" }).pass).toBe(false);
  });

  it("checks kinds, places, counts and in-person counts", () => {
    expect(checkQuestion(q({ kind: "summit" }), answer(meetings)).why).toBe("kind is not summit throughout");
    expect(checkQuestion(q({ locations_include: ["Hamburg|Helsinki"], places_include: ["helsinki"] }), answer(meetings)).pass).toBe(true);
    expect(checkQuestion(q({ count_in_person: 2, count: 3 }), answer(meetings, 3)).pass).toBe(true);
    expect(checkQuestion(q({ count: 2 }), answer(meetings, 0)).why).toBe("count 0 != 2");
  });
});

describe("evaluate on a built index", () => {
  const articles: Article[] = [["a.md", "2021-06-16", "President Biden met with Russian President Vladimir Putin in Geneva for less than four hours of talks on Wednesday. Putin called the talks \"very constructive.\""]]
    .map(([id, published, body]) => ({ id: id as string, path: id as string, title: id as string, publisher: null, published: published as string, url: null, kind: null, body: body as string, bodyLine: 1, hash: id as string, corrections: [] }));
  const index = buildIndex({ articles, extractions: new Map(articles.map((a) => [a.id, extractDocument({ body: a.body, published: a.published }, gaz())])), problems: [] });

  it("scores the index's encounters and answers questions in-process", () => {
    const report = evaluate(gold({
      required: [GENEVA, { key: "helsinki-2018", participants: ["Donald Trump", "Vladimir Putin"], date: "2018-07-16", kind: "summit" }],
      questions: [{ q: "when did Biden and Putin meet", expect: { dates_include: ["2021-06-16"] } }, { q: "when did Biden and Putin meet", expect: { dates_include: ["2018"] } }],
    }), index);
    expect(report.encounters).toMatchObject({ tp: 1, fp: 0, recall: 0.5 });
    expect(report.questions.passed).toBe(1);
    expect(report.questions.results[1]?.why).toBe("no date 2018");
  });
});

describe("baseline", () => {
  it("flags each metric that drops below its floor, and rounds ratios down when recording", () => {
    const now = { encountersF1: 0.78, questionsPassed: 21, quotesAttributed: 41, attendeeRecall: 0.43, inQuietArticles: 2 };
    const base = toBaseline({ "f.json": { ...now, encountersF1: 2 / 3 } });
    expect(base["f.json"]?.encountersF1).toBe(0.6666);
    expect(regressions("f.json", { ...now, encountersF1: 2 / 3 }, base)).toEqual([]);
    expect(regressions("f.json", { ...now, questionsPassed: 20, attendeeRecall: 0.4 }, toBaseline({ "f.json": now })).map((r) => r.metric)).toEqual(["questionsPassed", "attendeeRecall"]);
    expect(regressions("new.json", now, base)).toEqual([]);
    // Encounters in articles that report none may only fall.
    expect(regressions("f.json", { ...now, encountersF1: 2 / 3, inQuietArticles: 3 }, base).map((r) => r.metric)).toEqual(["inQuietArticles"]);
    expect(regressions("f.json", { ...now, encountersF1: 2 / 3, inQuietArticles: 1 }, base)).toEqual([]);
    expect(METRICS).toHaveLength(4);
  });

  it("reads both evidence keys of the gold format", () => {
    expect(() => parseGold({ encounters: { required: [{ key: "k", participants: [], evidence: [{ doc: "01.md", quote: "x" }, { seed: "000", quote: "y" }] }] } }, "g")).not.toThrow();
    expect(() => parseGold({ encounters: {} }, "g")).toThrow(/g: not a gold file: encounters.required/);
  });
});
