// "Go further" 5 of issue 11: grammar-aware fuzzing. Random bytes rarely look
// like news, and the bugs real text found (a loop on "the U.S. Indian Foreign
// Secretary") sat behind sentences that do. So 2,000 articles are made by
// recombining the sentences of ../shared/real/ with their names, titles,
// nationalities and dates shuffled among themselves, in lines, paragraphs or
// one long line, seeded. Every one must extract without an error, with
// offsets inside the body and dates on the calendar, and index with every
// piece of evidence quoting the body exactly. The work is bounded by the
// input's size (documents of at most 2,500 characters), not by a clock; the
// per-document time budget is the indexer's (issue 11) and is not asserted.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/load.js";
import { extractDocument, type DocumentExtraction } from "../../src/extract/document.js";
import { splitSentences } from "../../src/extract/text.js";
import { buildIndex } from "../../src/index/build.js";
import { gaz, ROOT } from "../helpers.js";
import { extractionViolations } from "./extraction.js";

const REAL = join(ROOT, "..", "shared", "real");
const DOCUMENTS = Number(process.env["SUMMITS_FUZZ_DOCUMENTS"] ?? 2_000);
const MAX_CHARS = 2_500;
const BATCH = 100;
// Another seed or more documents explore further: SUMMITS_FUZZ_SEED=7 SUMMITS_FUZZ_DOCUMENTS=20000 npx vitest run test/property/recombined.test.ts
const SEED = Number(process.env["SUMMITS_FUZZ_SEED"] ?? 20_251_111);

/** mulberry32: a small seeded generator, so every run makes the same documents. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const SLOTS = {
  date: new RegExp(`\\b(?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?|(?:last |next |on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|(?:in |since )\\d{4})\\b`, "g"),
  title: /\b(?:President|Prime Minister|Foreign Minister|Secretary of State|Chancellor|King|Queen|Premier|Minister|Defense Minister|Defence Secretary|Vice President|Crown Prince|Supreme Leader|Secretary-General|Pope)\b/g,
  name: /\b\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}+){1,2}\b/gu,
} as const;
type Slot = keyof typeof SLOTS | "nationality";

interface Material {
  readonly sentences: readonly string[];
  /** The sentences that speak of meeting or talking, drawn from as often as all the others. */
  readonly meetings: readonly string[];
  readonly titles: readonly string[];
  readonly pools: Readonly<Record<Slot, readonly string[]>>;
}

function material(): Material {
  const bodies: string[] = [];
  const titles: string[] = [];
  for (const folder of readdirSync(REAL).filter((f) => f !== "gold" && !f.includes("."))) {
    for (const file of readdirSync(join(REAL, folder)).filter((f) => f.endsWith(".md")).sort()) {
      const text = readFileSync(join(REAL, folder, file), "utf8");
      const fence = /^---\n([\s\S]*?)\n---\n/.exec(text);
      bodies.push(fence ? text.slice(fence[0].length) : text);
      const title = /^title:\s*"?(.*?)"?$/m.exec(fence?.[1] ?? "")?.[1];
      if (title) titles.push(title);
    }
  }
  const sentences = bodies.flatMap((b) => splitSentences(b).map((s) => s.text.trim())).filter((s) => s.length > 20 && s.length < 600);
  const text = sentences.join("\n");
  const found = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[0]))].sort();
  const nationalities = [...new Set([...text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0]))].filter((w) => gaz().countryOfDemonym(w)).sort();
  const meetings = sentences.filter((s) => /\b(?:met|meets?|meeting|talks|summit|spoke|phone|call(?:ed)?|visit(?:ed)?|hosted|sidelines)\b/i.test(s));
  return { sentences, meetings, titles, pools: { date: found(SLOTS.date), title: found(SLOTS.title), name: found(SLOTS.name), nationality: nationalities } };
}

/** One article: sentences drawn at random, each slot filled from its pool, laid out as lines, paragraphs or one line. */
function article(m: Material, next: () => number, n: number): { id: string; body: string; published: string | null } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const nationality = new RegExp(`\\b(?:${m.pools.nationality.join("|")})\\b`, "g");
  const swap = (sentence: string) => {
    let s = sentence;
    for (const [slot, re] of [...Object.entries(SLOTS), ["nationality", nationality]] as Array<[Slot, RegExp]>) {
      s = s.replace(re, (w) => (next() < 0.6 ? pick(m.pools[slot]) : w));
    }
    return s;
  };
  const count = 1 + Math.floor(next() * 14);
  const sentences = [pick(m.titles), ...Array.from({ length: count }, () => swap(pick(next() < 0.5 ? m.meetings : m.sentences)))];
  const layout = next();
  const separator = () => (layout < 0.2 ? " " : layout < 0.6 ? (next() < 0.3 ? "\n\n" : " ") : layout < 0.8 ? "\n" : next() < 0.5 ? "\r\n" : "\n\n");
  let body = sentences[0] as string;
  for (const s of sentences.slice(1)) body += separator() + s;
  const year = 2019 + Math.floor(next() * 7);
  const published = next() < 0.8 ? `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}` : null;
  return { id: `doc-${String(n).padStart(4, "0")}.md`, body: body.slice(0, MAX_CHARS), published };
}

const asArticle = (d: { id: string; body: string; published: string | null }): Article => ({
  id: d.id, path: d.id, title: d.id, body: d.body, bodyLine: 1, hash: d.id, corrections: [],
  publisher: null, published: d.published, url: null, kind: null,
});

describe("recombined real news (grammar-aware fuzzing)", () => {
  it(`${DOCUMENTS} seeded documents: no error, offsets inside the body, calendar dates, evidence quoting the body exactly`, () => {
    const m = material();
    // The material is real: thousands of sentences, and every pool has choices.
    expect(m.sentences.length).toBeGreaterThan(2_000);
    expect(m.meetings.length).toBeGreaterThan(200);
    for (const pool of Object.values(m.pools)) expect(pool.length).toBeGreaterThan(5);

    const next = random(SEED);
    const failures: string[] = [];
    let chars = 0;
    let encounters = 0;
    for (let from = 0; from < DOCUMENTS; from += BATCH) {
      const docs = Array.from({ length: BATCH }, (_, i) => article(m, next, from + i));
      const extractions = new Map<string, DocumentExtraction>();
      for (const d of docs) {
        chars += d.body.length;
        try {
          const x = extractDocument({ body: d.body, published: d.published }, gaz());
          extractions.set(d.id, x);
          encounters += x.encounters.length;
          failures.push(...extractionViolations(d.body, x).map((v) => `${d.id}: ${v}`));
        } catch (err) {
          failures.push(`${d.id}: extraction threw ${(err as Error).stack?.split("\n").slice(0, 3).join(" | ")}\n${JSON.stringify(d.body)}`);
        }
      }
      const articles = docs.filter((d) => extractions.has(d.id)).map(asArticle);
      const bodies = new Map(articles.map((a) => [a.id, a.body]));
      const index = buildIndex({ articles, extractions, problems: [] });
      const evidence = [
        ...index.encounters.flatMap((e) => e.sources.map((s) => [`encounter ${e.id}`, s] as const)),
        ...Object.values(index.attendees).flatMap((list) => list.map((a) => [`attendee ${a.id}`, a.evidence] as const)),
        ...index.claims.map((c) => [`claim ${c.id}`, c.source] as const),
      ];
      for (const [what, e] of evidence) {
        const body = bodies.get(e.document);
        if (body === undefined || !(e.start >= 0 && e.start < e.end && e.end <= body.length) || body.slice(e.start, e.end) !== e.quote) failures.push(`${e.document}: ${what}: evidence ${e.start}–${e.end} does not quote the body`);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
    // Bounded by size, and not vacuous: the documents do report encounters. The floor is a quarter: recombined
    // sentences lose the pronouns' antecedents and the page's date, and the rule engine reports fewer of them
    // (914 of 2,000 documents when this floor was set) than the regex extractor before it (about 1,370).
    expect(chars).toBeLessThanOrEqual(DOCUMENTS * MAX_CHARS);
    expect(encounters).toBeGreaterThan(DOCUMENTS / 4);
  });
});
