import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/document.js";
import { gaz } from "../helpers.js";

const claims = (body: string) => extractDocument({ body, published: null }, gaz()).claims.map((c) => [c.speaker?.name ?? c.source ?? null, c.text]);

describe("claims", () => {
  it("finds the speaker after the quotation, including 'he continued'", () => {
    expect(claims("President Donald Trump spoke.\n“I am not thrilled about it. I am not thrilled about the whole situation,” Trump said, denying it. “I was very unhappy about it,” he continued.")).toEqual([
      ["Trump", "I am not thrilled about it. I am not thrilled about the whole situation,"],
      ["Trump", "I was very unhappy about it,"],
    ]);
  });

  it("finds the speaker before a colon or in an agent phrase", () => {
    const c = claims("Provisions were reiterated by Secretary General Jens Stoltenberg at the end of the meeting in Riga, Latvia: “Ministers made clear that we stand by our decisions.”");
    expect(c).toEqual([["Jens Stoltenberg", "Ministers made clear that we stand by our decisions."]]);
  });

  it("ignores scare quotes and does not give a sentence-final quote to the next sentence's subject", () => {
    const c = claims("The strike hit what President Trump claims were “narcoterrorists.” Vice President JD Vance responded by saying, “I don’t give a shit what you call it.”");
    expect(c).toEqual([["JD Vance", "I don’t give a shit what you call it."]]);
  });

  it("credits a statement to the publication that reported it", () => {
    expect(claims("As TIME reported, the meeting itself was a significant event.")).toEqual([["TIME", "the meeting itself was a significant event."]]);
  });

  it("keeps reported speech with its named subject", () => {
    expect(claims("President Barack Obama described the talks as candid and blunt.")).toEqual([["Barack Obama", "President Barack Obama described the talks as candid and blunt"]]);
  });
});

describe("claims across sentences", () => {
  it("gives a quotation that continues a speaker to that speaker", () => {
    expect(claims('President Dmitry Medvedev spoke. "This is a win-win situation," Medvedev said. "No one stands to lose from this agreement."')).toEqual([
      ["Medvedev", "This is a win-win situation,"],
      ["Medvedev", "No one stands to lose from this agreement."],
    ]);
  });

  it("finds a pronoun's speaker and a short quotation after a verb of saying", () => {
    const c = claims('Foreign Minister Sergey Lavrov said the talks were useful. "We not only listened, but heard each other," he said. Kremlin aide Yuri Ushakov told reporters the talks were “not bad.”');
    expect(c).toContainEqual(["Sergey Lavrov", "We not only listened, but heard each other,"]);
    expect(c).toContainEqual(["Yuri Ushakov", "not bad."]);
  });
});
