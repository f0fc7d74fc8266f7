import { describe, expect, it } from "vitest";
import { gazetteerFromBytes } from "../../src/extract/gazetteer.js";
import { gaz } from "../helpers.js";

const countryOf = (p: { country: string } | null) => p?.country ?? null;

/** Each case is a query and what `look` must give for it; a failure names the query. */
function expectEach(cases: ReadonlyArray<readonly [string, ...unknown[]]>, look: (query: string) => unknown[]): void {
  for (const [query, ...want] of cases) expect([query, ...look(query)]).toEqual([query, ...want]);
}

describe("gazetteer: major places (city)", () => {
  it("knows capitals, big cities and first-level seats, by English and local names", () => {
    const cases: Array<[string, string, string]> = [
      ["Geneva", "Geneva", "Switzerland"],
      ["Genève", "Geneva", "Switzerland"],
      ["Kyiv", "Kyiv", "Ukraine"],
      ["Kiev", "Kyiv", "Ukraine"],
      ["Helsinki", "Helsinki", "Finland"],
      ["Washington", "Washington", "United States"],
      ["Singapore", "Singapore", "Singapore"],
      ["Da Nang", "Da Nang", "Vietnam"],
      ["Quebec", "Québec", "Canada"],
      ["Samarkand", "Samarkand", "Uzbekistan"],
      ["Peking", "Beijing", "China"],
      ["Bombay", "Mumbai", "India"],
      ["Istanbul", "Istanbul", "Turkey"],
      ["Hamburg", "Hamburg", "Germany"],
      ["Osaka", "Osaka", "Japan"],
    ];
    expectEach(cases, (q) => [gaz().city(q)?.name, countryOf(gaz().city(q))]);
  });

  it("takes no common surname or given name for a major place", () => {
    const names = ["Garcia", "Lyles", "Rubio", "Witkoff", "Putin", "Lavrov", "Khan", "Ali", "Santos", "Silva", "Trump", "Biden", "Xi", "Kim", "Lee",
      "Wang", "Li", "Modi", "Erdogan", "Macron", "Zelensky", "Netanyahu", "Sharif", "Abbas", "Lula", "Milei", "Peskov", "Ushakov", "Kushner", "Vance",
      "Sullivan", "Blinken", "Nuland", "Lopez", "Gonzalez", "Rodriguez", "Hernandez", "Martinez", "Perez", "Sanchez", "Ramirez", "Torres", "Flores",
      "Rivera", "Gomez", "Diaz", "Cruz", "Morales", "Ortiz", "Castro", "Ruiz", "Alvarez", "Oliveira", "Costa", "Ferreira",
      "Nguyen", "Tran", "Singh", "Kumar", "Hassan", "Hussein", "Ahmed", "Mohammed", "Smith", "Johnson", "Brown", "Jones", "Miller", "Davis", "Wilson",
      "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young",
      "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips",
      "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
      "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray", "James", "Hughes", "Price",
      "Sanders", "Myers", "Long", "Ross", "Foster", "Michael", "Patrick", "Maria", "Anna", "Elena", "Sergei", "Dmitry", "Olena"];
    expect(names.filter((n) => gaz().city(n) !== null)).toEqual([]);
  });

  it("keeps capitals and first-level seats of 100,000 or more, even where they are also names (the price of Geneva at 184,000)", () => {
    expect(["Jackson", "Mendoza", "Pereira", "Vladimir", "Douglas", "Lima", "Paris"].map((n) => countryOf(gaz().city(n)))).toEqual(
      ["United States", "Argentina", "Colombia", "Russia", "Isle of Man", "Peru", "France"]);
  });

  it("takes no common word for a major place", () => {
    const words = ["Reading", "Nice", "Mobile", "Bath", "Hope", "Most", "March", "May", "June", "August", "University", "Congress", "Republic",
      "Port", "Of", "The", "And", "West", "North", "Centre", "Central", "Spanish", "Russian", "Africa", "Europe", "Asia", "EU", "Hamas", "Duma"];
    expect(words.filter((w) => gaz().city(w) !== null)).toEqual([]);
  });

  it("leaves smaller places to anyPlace: Sochi and Anchorage are under 500,000 and no first-level seat", () => {
    expect(gaz().city("Sochi")).toBeNull();
    expect(gaz().city("Anchorage")).toBeNull();
    expect(countryOf(gaz().anyPlace("Sochi"))).toBe("Russia");
    expect(gaz().anyPlace("Anchorage")).toMatchObject({ kind: "city", name: "Anchorage", country: "United States", province: "Alaska" });
  });
});

describe("gazetteer: every place (anyPlace)", () => {
  it("finds small towns news names after 'in' or 'at'", () => {
    const cases: Array<[string, string, string]> = [
      ["Wageningen", "Wageningen", "Netherlands"],
      ["Tecoluca", "Tecoluca", "El Salvador"],
      ["Sharm el-Sheikh", "Sharm el-Sheikh", "Egypt"],
      ["Sharm El Sheikh", "Sharm el-Sheikh", "Egypt"],
      ["Davos", "Davos", "Switzerland"],
      ["Magnitogorsk", "Magnitogorsk", "Russia"],
      ["Santos", "Santos", "Brazil"],
      ["Rancho Mirage", "Rancho Mirage", "United States"],
    ];
    expectEach(cases, (q) => [gaz().anyPlace(q)?.name, countryOf(gaz().anyPlace(q))]);
  });

  it("finds a place by a spelling GeoNames lists among its alternate names", () => {
    expect(countryOf(gaz().anyPlace("Kobani"))).toBe("Syria");
    expect(countryOf(gaz().anyPlace("Hebron"))).toBe("Palestine");
    expect(countryOf(gaz().anyPlace("Jabalia"))).toBe("Palestine");
  });

  it("gives a major city before a region, a region before a small town of the same name", () => {
    expect(gaz().anyPlace("Moscow")).toMatchObject({ kind: "city", country: "Russia" });
    expect(gaz().anyPlace("Alaska")).toMatchObject({ kind: "region", name: "Alaska", country: "United States", province: "" });
    expect(gaz().anyPlace("Kursk Oblast")).toMatchObject({ kind: "region", name: "Kursk Oblast", country: "Russia" });
    expect(gaz().anyPlace("Gaza Strip")).toMatchObject({ kind: "region", country: "Palestine" });
  });

  it("does not take months, common words, nationalities, countries or continents for places", () => {
    const words = ["May", "June", "August", "March", "University", "Congress", "Republic", "Port", "Most", "Spanish", "Canadian", "Africa", "Asia",
      "Europe", "EU", "Turkey", "Jordan", "Putin", "Witkoff", "Lavrov"];
    expect(words.filter((w) => gaz().anyPlace(w) !== null)).toEqual([]);
  });

  it("keeps a common word that is also a city of 100,000 or more", () => {
    expect(countryOf(gaz().anyPlace("Nice"))).toBe("France");
    expect(countryOf(gaz().anyPlace("Reading"))).toBe("United Kingdom");
  });
});

describe("gazetteer: regions and territories", () => {
  it("knows first-level regions and well-known territories, with their country", () => {
    const cases: Array<[string, string, string]> = [
      ["Alaska", "Alaska", "United States"],
      ["Texas", "Texas", "United States"],
      ["Gaza Strip", "Gaza Strip", "Palestine"],
      ["West Bank", "West Bank", "Palestine"],
      ["Crimea", "Crimea", "Ukraine"],
      ["Donbas", "Donbas", "Ukraine"],
      ["Donbass", "Donbas", "Ukraine"],
      ["Kursk Oblast", "Kursk Oblast", "Russia"],
      ["Donetsk Oblast", "Donetsk", "Ukraine"],
      ["Bavaria", "Bavaria", "Germany"],
      ["Bayern", "Bavaria", "Germany"],
      ["Ontario", "Ontario", "Canada"],
      ["Punjab", "Punjab", "Pakistan"],
      ["Borno State", "Borno State", "Nigeria"],
      ["Borno", "Borno State", "Nigeria"],
      ["Oxfordshire", "Oxfordshire", "United Kingdom"],
    ];
    expectEach(cases, (q) => [gaz().region(q)?.name, gaz().region(q)?.country]);
    expect(gaz().region("Kashmir")).toEqual({ name: "Kashmir", country: "" });
  });

  it("takes no parish, compass point or name for a region", () => {
    expect(["Michael", "Patrick", "German", "West", "North", "Centre", "Douglas", "Putin", "Garcia", "Santos", "Kurdish"].filter((w) => gaz().region(w) !== null)).toEqual([]);
  });
});

describe("gazetteer: countries and nationality words", () => {
  it("knows adjectives, multi-word forms and abbreviations news uses", () => {
    const cases: Array<[string, string]> = [
      ["Philippine", "Philippines"], ["Filipino", "Philippines"], ["South African", "South Africa"], ["Sri Lankan", "Sri Lanka"],
      ["New Zealand", "New Zealand"], ["Costa Rican", "Costa Rica"], ["Sierra Leonean", "Sierra Leone"], ["North Korean", "North Korea"],
      ["South Korean", "South Korea"], ["Papua New Guinean", "Papua New Guinea"], ["Kazakh", "Kazakhstan"], ["Uzbek", "Uzbekistan"],
      ["Kyrgyz", "Kyrgyzstan"], ["Tajik", "Tajikistan"], ["Bosnian", "Bosnia and Herzegovina"], ["Slovenian", "Slovenia"], ["Icelandic", "Iceland"],
      ["Scottish", "United Kingdom"], ["Welsh", "United Kingdom"], ["English", "United Kingdom"], ["British", "United Kingdom"],
      ["Ecuadorian", "Ecuador"], ["Argentinian", "Argentina"], ["Argentine", "Argentina"], ["Nepali", "Nepal"], ["Myanmar", "Myanmar"],
      ["Emirati", "United Arab Emirates"], ["Saudi", "Saudi Arabia"], ["U.S.", "United States"], ["US", "United States"], ["American", "United States"],
      ["UK", "United Kingdom"], ["U.K.", "United Kingdom"], ["Russian", "Russia"], ["French", "France"], ["Dutch", "Netherlands"],
      ["Congolese", "DR Congo"], ["Dominican", "Dominican Republic"], ["Turkish", "Turkey"], ["Palestinian", "Palestine"], ["Soviet", "Soviet Union"],
    ];
    expectEach(cases, (w) => [gaz().countryOfDemonym(w)]);
  });

  it("needs the whole phrase for a multi-word form: its words alone are no nationality", () => {
    expect(gaz().countryOfDemonym("South African")).toBe("South Africa");
    expect(gaz().countryOfDemonym("South")).toBeNull();
    expect(gaz().countryOfDemonym("African")).toBeNull();
    expect(gaz().countryOfDemonym("Sri")).toBeNull();
  });

  it("gives the European Union for EU, and nothing for peoples and regions that are no state", () => {
    expect(gaz().countryOfDemonym("EU")).toBe("European Union");
    expect(gaz().countryOfDemonym("E.U.")).toBe("European Union");
    expectEach(["Kurdish", "Arab", "European", "Baltic", "Western", "Latin", "Putin"].map((w) => [w, null] as const), (w) => [gaz().countryOfDemonym(w)]);
    expect(gaz().country("EU")).toBeNull();
  });

  it("knows countries by the names news uses", () => {
    const cases: Array<[string, string]> = [
      ["Turkey", "Turkey"], ["Türkiye", "Turkey"], ["UK", "United Kingdom"], ["Britain", "United Kingdom"], ["Burma", "Myanmar"],
      ["Russian Federation", "Russia"], ["U.S.", "United States"], ["Czech Republic", "Czechia"], ["Soviet Union", "Soviet Union"],
    ];
    expectEach(cases, (n) => [gaz().country(n)]);
    expect(gaz().country("Geneva")).toBeNull();
  });
});

describe("gazetteer file", () => {
  it("refuses bytes that are not a gazetteer", () => {
    expect(() => gazetteerFromBytes(Buffer.from("not a gazetteer at all"))).toThrow(/not a gazetteer/);
  });
});
