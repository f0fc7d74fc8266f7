// Place names from real datasets: cities (Natural Earth populated places via
// city-timezones, ~7,300 with English names and their provinces) and countries
// (world-countries, with demonyms and alternative spellings). Loaded only when
// articles are extracted, never on the query path.

import { createRequire } from "node:module";
import { fold } from "./text.js";

export interface City {
  readonly name: string;
  readonly country: string;
  readonly province: string;
  readonly population: number;
}

export interface Gazetteer {
  /** A city by name (accents, spaces and hyphens ignored); the most populous wins. */
  city(name: string): City | null;
  /** A country by common, official or alternative name. */
  country(name: string): string | null;
  /** A country from its demonym ("Russian" → Russia). */
  countryOfDemonym(word: string): string | null;
  /** A first-level region (US state, province) and the country it lies in. */
  region(name: string): { name: string; country: string } | null;
}

interface CityRow {
  city: string;
  city_ascii: string;
  country: string;
  iso2: string;
  province: string;
  pop: number;
}
interface CountryRow {
  name: { common: string; official: string };
  altSpellings: string[];
  cca2: string;
  demonyms?: { eng?: { m?: string; f?: string } };
}

const key = (s: string) => fold(s).replace(/[\s\-.'’]/g, "");

/** Names news uses that the datasets spell otherwise. */
const COUNTRY_ALIASES: Record<string, string> = {
  "us": "United States", "usa": "United States", "america": "United States", "united states of america": "United States",
  "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom", "england": "United Kingdom",
  "south korea": "South Korea", "north korea": "North Korea", "russian federation": "Russia",
  "the netherlands": "Netherlands", "holland": "Netherlands", "czech republic": "Czechia", "ivory coast": "Ivory Coast",
  "turkey": "Turkey", "türkiye": "Turkey", "korea": "South Korea", "burma": "Myanmar", "the gambia": "Gambia",
  "the philippines": "Philippines", "vatican": "Vatican City", "the vatican": "Vatican City", "east timor": "Timor-Leste",
  // Gone, but still where history's summits took place.
  "soviet union": "Soviet Union", "ussr": "Soviet Union", "the soviet union": "Soviet Union",
};
const DEMONYM_ALIASES: Record<string, string> = {
  "us": "United States", "american": "United States", "british": "United Kingdom", "soviet": "Soviet Union",
  "ukrainian": "Ukraine", "russian": "Russia", "chinese": "China", "israeli": "Israel", "saudi": "Saudi Arabia",
  "emirati": "United Arab Emirates", "turkish": "Turkey", "finnish": "Finland", "swiss": "Switzerland",
  "north korean": "North Korea", "south korean": "South Korea", "korean": "South Korea",
};

export function loadGazetteer(): Gazetteer {
  const require = createRequire(import.meta.url);
  const cityRows = (require("city-timezones/data/cityMap.json") as CityRow[]);
  const countryRows = (require("world-countries/countries.json") as CountryRow[]);

  const countryByCode = new Map<string, string>();
  const countries = new Map<string, string>();
  const demonyms = new Map<string, string>();
  for (const c of countryRows) {
    const name = c.name.common;
    countryByCode.set(c.cca2, name);
    for (const n of [name, c.name.official, ...c.altSpellings]) if (n.length > 3 || n === name) countries.set(key(n), name);
    const d = c.demonyms?.eng;
    for (const n of [d?.m, d?.f]) if (n) demonyms.set(key(n), name);
  }
  for (const [alias, name] of Object.entries(COUNTRY_ALIASES)) countries.set(key(alias), name);
  for (const [alias, name] of Object.entries(DEMONYM_ALIASES)) demonyms.set(key(alias), name);
  countries.set("us", "United States");

  const cities = new Map<string, City>();
  const regions = new Map<string, { name: string; country: string }>();
  for (const row of cityRows) {
    const country = countryByCode.get(row.iso2) ?? row.country;
    const city: City = { name: row.city.replace(/, D\.C\.$/, ""), country, province: row.province, population: row.pop };
    for (const n of new Set([row.city, row.city_ascii, city.name])) {
      const k = key(n);
      const prev = cities.get(k);
      if (!prev || prev.population < city.population) cities.set(k, city);
    }
    if (row.province && !regions.has(key(row.province))) regions.set(key(row.province), { name: row.province, country });
  }
  return {
    city: (name) => cities.get(key(name)) ?? null,
    country: (name) => countries.get(key(name)) ?? null,
    countryOfDemonym: (word) => demonyms.get(key(word)) ?? null,
    region: (name) => regions.get(key(name)) ?? null,
  };
}
