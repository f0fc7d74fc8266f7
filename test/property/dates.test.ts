// Property tests for the date resolver: whatever text and publication date it
// is given, every value it returns is a real calendar value at the precision
// it claims, and its offsets point at the phrase.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, parseDay, resolveWeekday } from "../../src/extract/dates.js";

const RUN = { seed: 42, numRuns: 400 } as const;

const TOKENS = [
  "January", "February", "Feb.", "March", "June", "Sept.", "December", "Monday", "Friday", "Sunday", "on", "last", "next", "this",
  "early", "mid-", "late", "of", "in", "since", "the", "spring", "fall", "week", "month", "year", "yesterday", "tomorrow",
  "tonight", "1", "16", "29", "30", "31", "0", "99", "2021", "1987", "2000", "1900", "2099", "2024", "1st", "22nd", ",", ".", "percent", "—",
];
const phrase = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 14 }).map((t) => t.join(" "));
const day = fc.date({ min: new Date("1901-01-01T00:00:00Z"), max: new Date("2098-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const tense = fc.constantFrom("past", "future", "unknown") as fc.Arbitrary<"past" | "future" | "unknown">;

function isValid(value: string, precision: string): boolean {
  if (precision === "year") return /^\d{4}$/.test(value);
  if (precision === "month") {
    const m = /^(\d{4})-(\d{2})$/.exec(value);
    return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
  }
  return precision === "day" && parseDay(value) !== null;
}

describe("findDates (property)", () => {
  it("returns valid calendar values at the stated precision, with offsets into the text", () => {
    fc.assert(
      fc.property(phrase, fc.option(day), tense, fc.nat(50), (text, published, t, offset) => {
        for (const m of findDates(text, { published, tense: t, offset })) {
          expect(text.slice(m.start - offset, m.end - offset)).toBe(m.text);
          if (m.value === null) {
            expect(m.relative).toBe(true);
            expect(published).toBeNull();
          } else {
            expect(isValid(m.value, m.precision ?? "")).toBe(true);
          }
        }
      }),
      RUN,
    );
  });

  it("never returns overlapping phrases", () => {
    fc.assert(
      fc.property(phrase, fc.option(day), tense, (text, published, t) => {
        const found = findDates(text, { published, tense: t });
        for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
      }),
      RUN,
    );
  });
});

describe("resolveWeekday (property)", () => {
  const toUtc = (s: string) => Date.parse(`${s}T00:00:00Z`);
  const fmt = (d: { y: number; m: number; d: number }) => `${d.y}-${String(d.m).padStart(2, "0")}-${String(d.d).padStart(2, "0")}`;

  it("a past weekday is on or before publication, within 6 days, on that weekday; a future one mirrors it", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (published, weekday) => {
        const pub = parseDay(published)!;
        const past = fmt(resolveWeekday(weekday, pub, "past"));
        const future = fmt(resolveWeekday(weekday, pub, "future"));
        expect(parseDay(past)).not.toBeNull();
        expect(parseDay(future)).not.toBeNull();
        const back = (toUtc(published) - toUtc(past)) / 86_400_000;
        const ahead = (toUtc(future) - toUtc(published)) / 86_400_000;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(6);
        expect(ahead).toBeGreaterThanOrEqual(0);
        expect(ahead).toBeLessThanOrEqual(6);
        expect(new Date(toUtc(past)).getUTCDay()).toBe(weekday);
        expect(new Date(toUtc(future)).getUTCDay()).toBe(weekday);
      }),
      RUN,
    );
  });

  it("'last Friday' and 'on Friday' in a past-tense sentence resolve on or before publication", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("on Friday", "last Friday", "Friday", "since Tuesday"), (published, text) => {
        const [m] = findDates(`They met ${text}.`, { published, tense: "past" });
        expect(m?.precision).toBe("day");
        const back = (toUtc(published) - toUtc(m!.value!)) / 86_400_000;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(7);
      }),
      RUN,
    );
  });
});
