import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/document.js";
import { resolvePeople } from "../../src/resolve/people.js";
import { gaz } from "../helpers.js";

const people = (body: string) => extractDocument({ body, published: null }, gaz()).people;
const named = (body: string) => people(body).map((p) => p.name);

describe("person mentions and their evidence", () => {
  it("reads role and side from the words before a name", () => {
    const found = people("Russian Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov arrived.");
    expect(found.map((p) => [p.name, p.role, p.side, p.evidence[0]])).toEqual([
      ["Sergei Lavrov", "Foreign Minister", "Russia", "title"],
      ["Dmitry Peskov", "Kremlin spokesman", "Russia", "title"],
    ]);
    expect(people("U.S. Secretary of State Antony Blinken said so.").map((p) => [p.name, p.role, p.side])).toEqual([["Antony Blinken", "Secretary of State", "United States"]]);
  });

  it("reads lower-case titles, chains with 'of' and 'for', and an owner before a possessive", () => {
    const found = people("Ukrainian president Ada Varga met Secretary General of NATO Lars Brink and U.S. Special Envoy for Special Missions Tom Reyes, then Donald Trump's envoy Sam Hale.");
    expect(found.map((p) => [p.name, p.side])).toEqual([
      ["Ada Varga", "Ukraine"], ["Lars Brink", "NATO"], ["Tom Reyes", "United States"], ["Donald Trump", null], ["Sam Hale", null],
    ]);
    expect(found.find((p) => p.name === "Sam Hale")?.sideOf).toBe("Trump");
  });

  it("reads a role after the name, between commas, or before it", () => {
    const found = people("Zed Okafor, a Nigerian peace envoy, met Ama Mensah, Ghana's foreign minister, in Accra. The Irish foreign minister, Aoife Byrne, arrived.");
    expect(found.map((p) => [p.name, p.side, p.evidence[0]])).toEqual([
      ["Zed Okafor", "Nigeria", "appositive"], ["Ama Mensah", "Ghana", "appositive"], ["Aoife Byrne", "Ireland", "title"],
    ]);
  });

  it("takes the first of two nationality words before a title as the side (this once looped for ever)", () => {
    expect(people("A ceasefire was mediated by the U.S. Indian Foreign Secretary Vikram Misri later confirms it.").map((p) => [p.name, p.side])).toContainEqual(["Vikram Misri", "United States"]);
  });

  it("keeps a style with a single name and a regnal number ('King Charles III', 'Pope Francis')", () => {
    expect(named("King Charles III received Pope Francis and Crown Prince Faisal bin Nasser.")).toEqual(["King Charles III", "Pope Francis", "Faisal bin Nasser"]);
  });

  it("distributes a plural title over a list, and takes a two-word name listed after a person", () => {
    const found = people("Presidents Ana Lima of Brazil and Jorge Soto of Chile signed the pact, led by Eduard Kovac for Slovakia and Ivan Horvat for Croatia.");
    expect(found.map((p) => [p.name, p.side])).toEqual([["Ana Lima", "Brazil"], ["Jorge Soto", "Chile"], ["Eduard Kovac", null], ["Ivan Horvat", null]]);
  });

  it("takes a bare surname for the person the article names in full", () => {
    const found = people("Prime Minister Hana Novak arrived on Monday. Later, Novak met reporters.");
    expect(found.map((p) => [p.name, p.evidence[0]])).toEqual([["Hana Novak", "title"], ["Novak", "surname"]]);
  });
});

describe("names that are not people (a negative corpus)", () => {
  const cases: Array<[string, string]> = [
    ["a storm", "Hurricane Lorenzo hit the Azores as the storm approached, and Met Office issued alerts."],
    ["a prize", "She was awarded the Nobel Peace Prize for her work."],
    ["a ship", "The training ship Cuauhtemoc Star collided with the bridge."],
    ["a band", "He later joined the band Grateful Dead as a songwriter."],
    ["a party", "The Kurdistan Workers' Party announced a ceasefire."],
    ["a movement", "The National Liberation Movement said it would fight on."],
    ["a cartel", "The Sinaloa Cartel denied the report."],
    ["an agency", "The Federal Emergency Management Agency sent supplies."],
    ["a place", "Flights resumed in Saudi Arabia and New York City."],
    ["a gathering", "Delegates arrived for the United Nations General Assembly."],
    ["a heading", "Armed conflicts and attacks"],
    ["a sentence's first word", "Subsequent talks failed."],
    ["an organisation named after a title", "The President of the Pontifical Commission resigned."],
  ];
  for (const [what, text] of cases) it(`not a person: ${what}`, () => expect(people(text)).toEqual([]));
});

describe("resolving people across documents", () => {
  const resolve = (docs: Record<string, string>) => {
    const input = Object.entries(docs).map(([id, body]) => ({ id, people: people(body) }));
    const r = resolvePeople(input);
    return { names: r.people.map((p) => p.name).sort(), r, input };
  };

  it("a bare family name beside several namesakes is the one the article names most, or nobody", () => {
    const { r, input } = resolve({
      a: "Premier Kang Min-jun met envoy Kang Soo-ah. Later Premier Kang Min-jun spoke. On Friday Kang met Chilean President Tomas Vidal in Santiago.",
      b: "Envoy Lee Ha-eun met envoy Lee Do-yun. On Friday Lee met Chilean President Tomas Vidal in Santiago.",
    });
    const bare = (doc: string, name: string) => {
      const m = input.find((d) => d.id === doc)?.people.find((p) => p.name === name);
      return m ? r.personOf(doc, m) : "no mention";
    };
    expect(bare("a", "Kang")).toBe(r.people.find((p) => p.name === "Kang Min-jun")?.id);
    expect(bare("b", "Lee")).toBeUndefined();
  });

  it("merges nicknames, transliterations and bare surnames into one person", () => {
    const { names } = resolve({
      a: "Secretary of State Tony Blinken and Russian Foreign Minister Sergei Lavrov met.",
      b: "Secretary of State Antony Blinken spoke with Foreign Minister Sergey Lavrov. Later Blinken left.",
      c: "Secretary of State Antony Blinken arrived.",
    });
    expect(names).toEqual(["Antony Blinken", "Sergei Lavrov"]);
  });

  it("keeps two people with one surname apart, and a style's single name apart from namesakes", () => {
    const { names } = resolve({
      a: "National security adviser Jake Sullivan and U.S. Ambassador to Russia John Sullivan attended.",
      b: "King Charles III met activist Charlie Kirk.",
    });
    expect(names).toEqual(expect.arrayContaining(["Jake Sullivan", "John Sullivan", "King Charles III", "Charlie Kirk"]));
  });
});
