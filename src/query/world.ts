// What the world knows that a corpus may not: places (the extraction
// gazetteer, src/extract/gazetteer.ts), titles and roles (the extraction
// lexicon, src/extract/lexicon/roles.ts) and the names of multilateral
// gatherings (EVENT_PATTERN, src/extract/lexicon.ts). A question reads them
// only for words the index does not explain ("in Warsaw", "Taoiseach", "the UN
// General Assembly"), so this module is not in the start-up bundle: the CLI
// imports it when a question needs it (askQuestion in ask.ts), and the
// gazetteer file itself (~16 ms) is read on the first place looked up.

import { loadGazetteer, type Gazetteer } from "../extract/gazetteer.js";
import { EVENT_PATTERN } from "../extract/lexicon.js";
import { HONORIFICS, LEADER_TITLES, ROLE_MODIFIERS, TITLES } from "../extract/lexicon/roles.js";
import { fold } from "../fold.js";

/** A place the world knows, as the gazetteer names it. */
export interface WorldPlace {
  readonly name: string;
  readonly country: string | null;
  readonly kind: "country" | "region" | "city";
  /** Found by a country's, region's or major city's own name, not among a small place's alternate spellings. */
  readonly major: boolean;
}

/**
 * Where a name stands in the question: `presented` after "in", "at" or "near",
 * where any populated place may be meant; `bare` elsewhere, where only a
 * country, a first-level region or a major city is; `person` where a person
 * is expected ("did Trump meet X"), where only a country or a region is
 * (never a city such as Charlotte or Austin, which are people's names too).
 */
export type PlaceSlot = "presented" | "bare" | "person";

export interface World {
  place(name: string, slot: PlaceSlot): WorldPlace | null;
  /** A title or role noun ("taoiseach", "chancellor", "envoy", "pope"), folded; dots of "Sen." may be left off. */
  isTitle(word: string): boolean;
  /** A word that stands inside a role phrase before its title ("foreign", "special", "deputy"). */
  isRoleModifier(word: string): boolean;
  /** A head of state or government's title ("president", "taoiseach", "king"). */
  isLeaderTitle(word: string): boolean;
  /** Spans of the question that name a multilateral gathering ("the G20", "UN General Assembly"). */
  events(question: string): ReadonlyArray<{ readonly start: number; readonly end: number; readonly text: string }>;
}

export function loadWorld(): World {
  let gazetteer: Gazetteer | null | undefined;
  // A package installed without the gazetteer file still answers; it knows no places beyond the corpus's.
  const gaz = (): Gazetteer | null => {
    if (gazetteer === undefined) {
      try {
        gazetteer = loadGazetteer();
      } catch {
        gazetteer = null;
      }
    }
    return gazetteer;
  };
  const has = (set: ReadonlySet<string>, word: string) => set.has(word) || set.has(`${word}.`);
  const events = new RegExp(EVENT_PATTERN.source, EVENT_PATTERN.flags.includes("i") ? EVENT_PATTERN.flags : `${EVENT_PATTERN.flags}i`);
  return {
    place(name, slot) {
      const g = gaz();
      if (!g) return null;
      const country = g.country(name);
      if (country) return { name: country, country, kind: "country", major: true };
      const region = g.region(name);
      if (region) return { name: region.name, country: region.country || null, kind: "region", major: true };
      if (slot === "person") return null;
      const city = g.city(name);
      if (city) return { name: city.name, country: city.country || null, kind: "city", major: true };
      if (slot !== "presented") return null;
      const any = g.anyPlace(name);
      return any ? { name: any.name, country: any.country || null, kind: any.kind, major: false } : null;
    },
    isTitle: (word) => has(TITLES, fold(word)) || has(HONORIFICS, fold(word)),
    isRoleModifier: (word) => ROLE_MODIFIERS.has(fold(word)),
    isLeaderTitle: (word) => LEADER_TITLES.has(fold(word)),
    events: (question) => [...question.matchAll(events)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })),
  };
}
