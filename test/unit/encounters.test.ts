import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/document.js";
import { gaz } from "../helpers.js";

const encounters = (body: string, published: string | null = null) =>
  extractDocument({ body, published }, gaz()).encounters.filter((e) => !e.reference);

describe("encounters in running prose", () => {
  it("finds an in-person summit with its place, country and date", () => {
    const [e, ...rest] = encounters("President Biden met with Russian President Vladimir Putin in Geneva for less than four hours of talks on Wednesday.", "2021-06-16");
    expect(rest).toHaveLength(0);
    expect(e?.kind).toBe("summit"); // two heads of state in talks
    expect(e?.date).toBe("2021-06-16");
    expect(e?.place?.city).toBe("Geneva");
    expect(e?.place?.country).toBe("Switzerland");
    expect(e?.participants.map((p) => p.name)).toEqual(["Biden", "Vladimir Putin"]);
  });

  it("keeps the multilateral event of a meeting on its sidelines", () => {
    const [e] = encounters("It was former President Donald Trump and President Vladimir Putin. The first significant meeting between Trump and Putin occurred at the G20 Summit in Hamburg in July 2017.");
    expect(e).toMatchObject({ kind: "sideline", event: "G20 Summit", date: "2017-07" });
    expect(e?.place?.country).toBe("Germany");
  });

  it("splits one sentence that names several meetings into one per place", () => {
    const body = "President Donald Trump and President Vladimir Putin met often. Other encounters, such as those at the G7 in Quebec in June 2018 and the G20 Summit in Osaka, Japan, in June 2019, gave Trump and Putin time to talk.";
    const found = encounters(body).filter((e) => e.place);
    expect(found.map((e) => [e.place?.city, e.date])).toEqual([["Québec", "2018-06"], ["Osaka", "2019-06"]]);
  });

  it("reads a virtual meeting announced for tomorrow as an announced video call", () => {
    const [e] = encounters("Tomorrow, December 7, Presidents Joe Biden and Vladimir Putin will meet virtually in the midst of a crisis.", "2021-12-06");
    expect(e).toMatchObject({ kind: "video", status: "announced", date: "2021-12-07" });
    expect(e?.participants.map((p) => p.name)).toEqual(["Joe Biden", "Vladimir Putin"]);
  });

  it("tells a meeting with aides from the call that follows it", () => {
    const found = encounters("President Donald Trump meets with Secretary of State Marco Rubio and Vice President JD Vance before a call with Russian President Vladimir Putin, Monday, August 18, 2025, in the Oval Office. (Official White House Photo by Daniel Torok)", "2021-12-06");
    const call = found.find((e) => e.kind === "call");
    const meeting = found.find((e) => e.kind === "meeting");
    expect(call?.participants.map((p) => p.name)).toEqual(["Donald Trump", "Vladimir Putin"]);
    expect(call?.status).toBe("held"); // a caption in the present tense, not a plan
    expect(call?.date).toBe("2025-08-18");
    expect(meeting?.participants.map((p) => p.name)).toEqual(["Donald Trump", "Marco Rubio", "JD Vance"]);
    expect(found.flatMap((e) => e.participants.map((p) => p.name))).not.toContain("Daniel Torok");
  });

  it("finds a call the next sentence names ('This was a crucial call')", () => {
    const [e] = encounters("In December 2021, Biden warned Putin of severe economic consequences if Russia invaded Ukraine. This was a crucial call where Biden laid out red lines. President Biden and President Putin spoke.");
    expect(e).toMatchObject({ kind: "call", date: "2021-12" });
  });
});

describe("what is not an encounter (the seeds' traps)", () => {
  const none = (body: string, published: string | null = null) => expect(encounters(body, published)).toEqual([]);
  it("an agreement named after a city", () => none("President Biden and President Putin should reiterate OSCE principles from the 1975 Helsinki Final Act, to which both are signatories."));
  it("an alliance's own summit", () => none("The third commitment was adopted at NATO’s 2008 summit in Bucharest and repeated many times since. President Biden and President Putin disagree."));
  it("a ministers' meeting attended by one named person", () => none("In talking with Putin, Biden has to avoid topics reiterated by Secretary General Jens Stoltenberg at the end of last week’s foreign ministers’ meeting in Riga, Latvia.", "2021-12-06"));
  it("an invasion and an annexation", () => none("Tensions rose after Russia seized Crimea in 2014 and after Russia's full-scale invasion of Ukraine in February 2022, President Biden said."));
  it("criticism that was 'met'", () => none("Any perceived concessions to Russia by President Trump were met with strong criticism from opponents."));
  it("a hope, not a plan", () => none("President Trump hoped for an in-person meeting with President Putin."));
  it("a question", () => none("Did President Biden have talks with President Putin in Geneva in 2021?"));
});

describe("attendees and claims", () => {
  const body = [
    "President Biden met with Russian President Vladimir Putin in Geneva on Wednesday.",
    '- "Thank you. As I said outside, I think it’s always better to meet face-to-face,” Biden responded.',
    "Putin called the talks \"very constructive' and announced that ambassadors would return.",
    "Who was in the room for the U.S.:",
    "- National security adviser Jake Sullivan,",
    "- U.S. Ambassador to Russia John Sullivan",
    "Who was in the room for Russia:",
    "- Putin aide Yuri Ushakov",
    "- Kremlin spokesman Dmitry Peskov",
  ].join("\n");
  const x = extractDocument({ body, published: "2021-06-16" }, gaz());

  it("attaches every listed person with role and the side the heading names", () => {
    expect(x.attendees.map((a) => [a.person.name, a.role, a.side])).toEqual([
      ["Jake Sullivan", "National security adviser", "United States"],
      ["John Sullivan", "U.S. Ambassador to Russia", "United States"],
      ["Yuri Ushakov", "Putin aide", "Russia"],
      ["Dmitry Peskov", "Kremlin spokesman", "Russia"],
    ]);
    for (const a of x.attendees) expect(body.slice(a.evidence.start, a.evidence.end)).toContain(a.person.name);
  });

  it("attributes quotations with mixed quote marks to the right speaker", () => {
    const said = (text: string) => x.claims.find((c) => c.text.includes(text))?.speaker?.name;
    expect(said("better to meet face-to-face")).toBe("Biden");
    expect(said("very constructive")).toBe("Putin");
  });
});

describe("real-news forms beyond the seeds", () => {
  it("places a wire story's opening meeting at its dateline", () => {
    const [e] = encounters("HAMBURG, Germany (Wire Desk) — President Donald Trump and Russian President Vladimir Putin met for the first time on Friday.", "2017-07-08");
    expect(e?.place?.city).toBe("Hamburg");
    expect(e?.place?.country).toBe("Germany");
    expect(e?.date).toBe("2017-07-07");
  });

  it("dates an anniversary piece by counting back, and a day range by its first day", () => {
    expect(encounters("Thirty years ago today, President Ronald Reagan and Soviet leader Mikhail Gorbachev sat down in Hofdi House.", "2016-10-11")[0]?.date).toBe("1986-10-11");
    expect(encounters("The Reykjavik summit between President Ronald Reagan and Soviet leader Mikhail Gorbachev ran October 11–12, 1986.")[0]?.date).toBe("1986-10-11");
  });

  it("does not date a meeting by a treaty's year or a photo's", () => {
    // Undated, a meeting reported in the past is dated to the month of publication, never by another phrase's year.
    const [e] = encounters("President Barack Obama and President Dmitry Medvedev met in London to replace the 1991 START treaty.", "2009-04-01");
    expect(e?.kind).toBe("summit");
    expect(e?.date).toBe("2009-04");
    const photographed = encounters("President Ronald Reagan and Soviet leader Mikhail Gorbachev met in Hofdi House, photographed in 2006.");
    expect(photographed).toHaveLength(1);
    expect(photographed[0]?.date).toBeNull();
    expect(encounters("Hofdi House, where President Ronald Reagan and Soviet leader Mikhail Gorbachev met in 1986, was photographed in 2006.").map((m) => m.date)).toEqual(["1986"]);
  });

  it("reads a preview in the present tense forward", () => {
    const [e] = encounters("GENEVA — When President Joe Biden and Russian President Vladimir Putin sit down on Wednesday at Villa La Grange, expectations will be low.", "2021-06-12");
    expect(e).toMatchObject({ date: "2021-06-16", status: "announced" });
    expect(e?.place?.venue).toBe("Villa La Grange");
  });

  it("takes the delegation heads named after an anonymous meeting", () => {
    const [e] = encounters("RIYADH, Saudi Arabia — Senior U.S. and Russian officials met on Tuesday at Diriyah Palace in Riyadh. Secretary of State Marco Rubio led the American delegation. Russia was represented by Foreign Minister Sergey Lavrov.", "2025-02-19");
    expect(e?.participants.map((p) => p.name)).toEqual(["Marco Rubio", "Sergey Lavrov"]);
    expect(e?.date).toBe("2025-02-18");
  });

  it("reads 'no American president has met' as no meeting", () => {
    expect(encounters("President Donald Trump and President Vladimir Putin spoke. Since the invasion in February 2022, no American president has met President Putin in person.")).toEqual([]);
  });
});

describe("attendees' sides", () => {
  it("reads 'for <country>' after a name, abbreviated or no longer on the map", () => {
    const body = "Reagan and Gorbachev met in Reykjavik on Saturday. Two delegations sat down with them, led by Eduard Shevardnadze for the Soviet Union and George Shultz for the U.S.";
    const { attendees } = extractDocument({ body, published: "1986-10-12" }, gaz());
    expect(attendees.map((a) => [a.person.name, a.side])).toEqual([["Eduard Shevardnadze", "Soviet Union"], ["George Shultz", "United States"]]);
  });
});

describe("the discourse passes of the rule engine", () => {
  it("'the leaders' after their meeting, undated, is that meeting told further, not another one", () => {
    const body = "Chilean President Tomas Vidal met Peruvian President Rosa Diaz in Lima in March 2019.\n\nThe leaders met again at a hotel and signed a trade accord.";
    const found = extractDocument({ body, published: "2024-05-02" }, gaz()).encounters;
    expect(found.map((e) => e.date)).toEqual(["2019-03", "2019-03"]);
    expect(found[1]?.rules).toContain("pass.dates:same-encounter");
  });

  it("two readings of one sentence with the same pair share the date either states", () => {
    const body = "Chilean President Tomas Vidal met Peruvian President Rosa Diaz in Lima in March 2019.\n\nThey had first met at Quito in May 2015, a summit remembered for a long dinner.";
    const dates = encounters(body, "2024-05-02").map((e) => e.date);
    expect(dates).toContain("2015-05");
    expect(dates).not.toContain(null);
  });

  it("an article with no date keeps a meeting it cannot date, and a bare 'spoke' stays a back-reference", () => {
    expect(encounters("Chilean President Tomas Vidal met Peruvian President Rosa Diaz to discuss trade.")).toHaveLength(1);
    expect(encounters("Chilean President Tomas Vidal and Peruvian President Rosa Diaz spoke.")).toHaveLength(0);
  });

  it("a gathering's place is the meeting's, a little further on than a clause's own place", () => {
    const [e] = encounters("Chilean President Tomas Vidal and Peruvian President Rosa Diaz held a warm bilateral meeting on the sidelines of the 16th APEC Summit in Kazan.", "2024-10-23");
    expect(e).toMatchObject({ kind: "sideline" });
    expect(e?.place?.city).toBe("Kazan");
  });

  it("phone calls between three leaders are calls of the first with each of the others; talks among three stay one", () => {
    const calls = extractDocument({ body: "Following phone calls between Chilean President Tomas Vidal, Peruvian President Rosa Diaz and Bolivian President Luis Arce, Vidal pauses the tariffs.", published: "2024-05-02" }, gaz()).encounters;
    // Each reading of the sentence ("phone", "calls") splits alike; the index merges the copies.
    expect(new Set(calls.map((e) => `${e.kind}: ${e.participants.map((p) => p.name).join(" / ")}`))).toEqual(new Set(["call: Tomas Vidal / Rosa Diaz", "call: Tomas Vidal / Luis Arce"]));
    const talks = encounters("Chilean President Tomas Vidal, Peruvian President Rosa Diaz and Bolivian President Luis Arce held talks in Lima.", "2024-05-02");
    expect(talks.map((e) => e.participants.length)).toEqual([3]);
  });

  it("'the two countries' are not a pair of people", () => {
    const found = extractDocument({ body: "The talks between the two countries ended, a day before Chilean President Tomas Vidal's scheduled call with Peruvian President Rosa Diaz.", published: "2024-05-02" }, gaz()).encounters;
    expect(found.map((e) => e.kind)).toEqual(["call"]);
  });
});
