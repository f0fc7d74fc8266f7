import { describe, expect, it } from "vitest";
import { clauseTense, findDates, resolveWeekday } from "../../src/extract/dates.js";

const values = (text: string, published: string | null = null, tense: "past" | "future" | "unknown" = "unknown") =>
  findDates(text, { published, tense }).map((d) => d.value);

describe("findDates", () => {
  it("keeps the precision the text gives", () => {
    expect(values("in January 2021, shortly after")).toEqual(["2021-01"]);
    expect(values("Monday, August 18, 2025, in the Oval Office")).toEqual(["2025-08-18"]);
    expect(values("on July 16, 2018 in Helsinki")).toEqual(["2018-07-16"]);
    expect(values("on 16 June 2021")).toEqual(["2021-06-16"]);
    expect(values("their 2018 Helsinki meeting")).toEqual(["2018"]);
  });

  it("resolves a weekday against the published date by tense", () => {
    // 2021-06-16 was a Wednesday.
    expect(values("met on Wednesday", "2021-06-16", "past")).toEqual(["2021-06-16"]);
    expect(values("met on Friday", "2025-08-16", "past")).toEqual(["2025-08-15"]);
    expect(values("will meet on Friday", "2025-08-16", "future")).toEqual(["2025-08-22"]);
  });

  it("puts a day without a year on the right side of publication", () => {
    expect(values("Tomorrow, December 7, they will meet", "2021-12-06", "future")).toContain("2021-12-07");
    expect(values("on December 30 they spoke", "2022-01-02", "past")).toEqual(["2021-12-30"]);
  });

  it("resolves relative periods and leaves them unresolved without a published date", () => {
    expect(values("last week", "2021-12-15")).toEqual(["2021-12"]);
    expect(values("last week", "2021-12-06")).toEqual(["2021"]); // Nov 29 – Dec 5: only the year is certain
    expect(values("earlier this month", "2025-08-20")).toEqual(["2025-08"]);
    expect(values("next fall", "2018-07-20")).toEqual(["2019"]);
    const undated = findDates("they met on Tuesday", { published: null, tense: "past" });
    expect(undated).toHaveLength(1);
    expect(undated[0]?.value).toBeNull();
    expect(undated[0]?.text).toMatch(/Tuesday/);
  });

  it("does not read times, counts or decades as years", () => {
    expect(values("at 9:17 a.m. ET after 16 pieces and the 1990s")).toEqual([]);
  });
});

describe("resolveWeekday and clauseTense", () => {
  it("never resolves a past weekday after publication", () => {
    for (let w = 0; w < 7; w++) {
      const d = resolveWeekday(w, { y: 2024, m: 2, d: 29 }, "past");
      expect(Date.UTC(d.y, d.m - 1, d.d)).toBeLessThanOrEqual(Date.UTC(2024, 1, 29));
    }
  });
  it("reads future and past auxiliaries", () => {
    expect(clauseTense("Biden and Putin will meet virtually")).toBe("future");
    expect(clauseTense("Biden and Putin met in Geneva")).toBe("past");
  });
});
