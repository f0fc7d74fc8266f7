// Place mentions: where something happened ("in Da Nang, Vietnam", "at Villa
// La Grange", "the Helsinki summit", "in Alaska"), looked up in the gazetteer.

import type { Gazetteer } from "./gazetteer.js";
import type { Token } from "./tokens.js";
import { EVENT_PATTERN } from "./lexicon.js";
import { fold } from "./text.js";

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly city: string | null;
  readonly region: string | null;
  readonly country: string | null;
  readonly venue: string | null;
  /** The preposition before it ("in", "at", "from"), or null for "the Helsinki summit". */
  readonly prep: string | null;
}

export interface EventMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const VENUE_WORDS = /\b(?:Office|House|Palace|Castle|Villa|Base|Hotel|Center|Centre|Hall|Estate|Ranch|Residence|Mansion|Lodge|Building|Embassy|Airport|Resort|Manor|Kremlin|Dacha|Ch[âa]teau|Pavilion|Camp|Gardens?|Club|Chancellery|Chancellory|Mar-a-Lago|Farm|Retreat|Complex|Museum|Library|Fort|Abbey|Cathedral|Compound)\b/;
const CAP_TOKEN = "(?:(?:\\p{Lu}\\.){2,3}|St\\.|\\p{Lu}[\\p{L}\\p{M}'’-]*)";
const CAP_WORD = `(?:${CAP_TOKEN}|de|da|del|di|la|le|des|du|am|an|der|of|upon|sur)`;
const CAP_RUN = `${CAP_TOKEN}(?:[ \\u00a0]${CAP_WORD})*`;
const LOCATIVE = new RegExp(`\\b(in|at|near|outside|inside|to|from)\\s+(?:the\\s+)?(${CAP_RUN})(?:,\\s+(${CAP_RUN}))?`, "gu");
const ADJECTIVAL = new RegExp(`(?:\\b(?:[Tt]he|[Tt]heir|[Aa]|[Hh]is|[Hh]er|[Ii]ts|\\d{4})\\s+)(${CAP_TOKEN}(?:[ \\u00a0]${CAP_WORD}){0,7})\\s+(?=(?:summit|talks|meeting|encounter|sit-down|conference)\\b)`, "gu");
const NAMED_TOWN = /\b(?:village|town|city|resort|island|port|border village|truce village) of (\p{Lu}[\p{L}'’-]{2,30})/gu;

/** Nouns after which "in X" names what the talk was about, not where it happened. */
const ABOUT_NOUN = /\b(?:war|conflict|crisis|fighting|situation|troops|forces|interference|elections?|operations?|invasion|aggression|interests?|presence|role|influence|policy|sanctions|peace|ceasefire|stability|security|investments?|stake|changes?|developments?|events|violence|tensions|offensive|attacks?|strikes?|occupation|annexation|regime|people|citizens|opposition|protests?|involvement|escalation|de-escalation|deconfliction|hostilities|truce|rights|crackdown|territor(?:y|ies)|border|front|struggle|bloodshed|killings?|humanitarian|famine|refugees|unrest|turmoil|atrocities|genocide|reconstruction|polarization|instability|settlement|negotiations|crimes|detention|prisoners?|assets|investment|markets?|ambassador|embassy|officials|diplomats|people|residents|reporters|journalists|analysts|protesters|citizens|allies|governments?|authorities|sources|leaders|lawmakers|voters|troops|soldiers|students)\s+$/i;

function trimRun(run: string): string {
  return run.replace(/(?<![.'’])[.'’]+$/u, "").replace(/(?<!\s)\s+(?:of|de|da|del|di|la|le|des|du|am|an|der|upon|sur)$/u, "");
}

/** Classifies a capitalised run as city, region, country or venue. */
type Located = Omit<PlaceMention, "start" | "end" | "text" | "prep">;

/** Seats of government news names instead of their city. */
const KNOWN_VENUES: ReadonlyArray<readonly [RegExp, string | null, string | null, string]> = [
  [/^(?:the\s+)?(?:White House|Oval Office|Situation Room|East Room|Roosevelt Room|Cabinet Room|Rose Garden)$/, "Washington", null, "United States"],
  [/^(?:the\s+)?Kremlin$/, "Moscow", null, "Russia"],
  [/^(?:the\s+)?[ÉE]lys[ée]e(?: Palace)?$/, "Paris", null, "France"],
  [/^(?:10\s+)?Downing Street$/, "London", null, "United Kingdom"],
  [/^(?:the\s+)?(?:Great Hall of the People|Zhongnanhai)$/, "Beijing", null, "China"],
  [/^Camp David$/, null, "Maryland", "United States"],
  [/^Mar-a-Lago$/, "Palm Beach", "Florida", "United States"],
];

const EVENT_ANY = new RegExp(EVENT_PATTERN.source);
/** The patterns built at run time, for the ReDoS check in the tests (the literals are read from the source). */
export const REGEXPS: readonly RegExp[] = Object.freeze([LOCATIVE, ADJECTIVAL, EVENT_ANY]);

function classify(run: string, follow: string | null, gaz: Gazetteer): Located | null {
  const name = trimRun(run);
  const next = follow ? trimRun(follow) : null;
  const followCountry = next ? gaz.country(next) : null;
  const followRegion = next && !followCountry ? gaz.region(next) : null;
  const known = KNOWN_VENUES.find(([re]) => re.test(name));
  if (known) return { city: known[1], region: known[2], country: known[3], venue: name.replace(/^the\s+/, "") };
  if (VENUE_WORDS.test(name)) {
    const city = next ? gaz.city(next) : null;
    return { city: city?.name ?? null, region: null, country: city?.country ?? followCountry, venue: name };
  }
  const country = gaz.country(name);
  if (country) return { city: null, region: null, country, venue: null };
  const city = gaz.city(name);
  if (city) {
    if (followCountry && followCountry !== city.country) {
      // "Portland, Oregon" vs a bigger namesake: trust the text.
      return { city: name, region: null, country: followCountry, venue: null };
    }
    return { city: city.name, region: followRegion?.name ?? (city.province || null), country: followRegion?.country ?? city.country, venue: null };
  }
  const region = gaz.region(name);
  if (region) return { city: null, region: region.name, country: region.country, venue: null };
  // A town the gazetteer lacks, vouched for by what follows ("Woodside, California").
  if (followCountry || followRegion) return { city: name, region: followRegion?.name ?? null, country: followCountry ?? followRegion?.country ?? null, venue: null };
  const bare = name.replace(/^(?:Eastern|Western|Northern|Southern|Central|North|South|East|West)\s+/, "");
  if (bare !== name) {
    const c = gaz.country(bare);
    if (c) return { city: null, region: name, country: c, venue: null };
  }
  return null;
}

/** Places named between `from` and `to` in the body. */
export function findPlaces(body: string, from: number, to: number, gaz: Gazetteer): PlaceMention[] {
  const text = body.slice(from, to);
  const out: PlaceMention[] = [];
  const add = (start: number, end: number, place: Located, prep: string | null) => {
    if (out.some((p) => p.start - from < end && start < p.end - from)) return;
    out.push({ start: from + start, end: from + end, text: text.slice(start, end), ...place, prep });
  };
  for (const m of text.matchAll(LOCATIVE)) {
    const run = m[2] ?? "";
    if (EVENT_ANY.test(run)) continue;
    const runStart = (m.index ?? 0) + m[0].indexOf(run);
    if (ABOUT_NOUN.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0))) continue;
    let place = classify(run, m[3] ?? null, gaz);
    let end = runStart + trimRun(run).length;
    if (place && m[3] && (place.country || place.region)) end = (m.index ?? 0) + m[0].length - (m[3].length - trimRun(m[3]).length);
    if (!place) {
      // "in Geneva for talks": the run may carry trailing capitalised words; try its first words.
      const words = run.split(/\s+/);
      for (let n = words.length - 1; n >= 1 && !place; n--) {
        const head = words.slice(0, n).join(" ");
        place = classify(head, null, gaz);
        if (place) end = runStart + head.length;
      }
    }
    if (place) add(runStart, end, place, (m[1] ?? "").toLowerCase());
  }
  // "at the truce village of Panmunjom": a town the gazetteer lacks, vouched for by the noun before it.
  for (const m of text.matchAll(NAMED_TOWN)) {
    const name = m[1] ?? "";
    const start = (m.index ?? 0) + m[0].length - name.length;
    if (!gaz.country(name)) add(start, start + name.length, { city: name, region: null, country: null, venue: null }, "at");
  }
  for (const m of text.matchAll(ADJECTIVAL)) {
    const run = trimRun(m[1] ?? "");
    const start = (m.index ?? 0) + m[0].indexOf(run);
    const city = gaz.city(run);
    if (city) add(start, start + run.length, { city: city.name, region: city.province || null, country: city.country, venue: null }, null);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** One key per gathering however it is written: "G-20", "Group of 20 summit" → "g20"; "Asia-Pacific Economic Cooperation" → "apec". */
export function eventKey(name: string): string {
  const s = name.toLowerCase().replace(/^the\s+/, "");
  const numbers: Record<string, string> = { seven: "7", eight: "8", "20": "20", twenty: "20" };
  const group = /\b(?:g-?\s?(\d+)|group of (seven|eight|20|twenty))\b/.exec(s);
  if (group) return `g${group[1] ?? numbers[group[2] ?? ""] ?? ""}`;
  if (/asia-pacific economic cooperation|\bapec\b/.test(s)) return "apec";
  if (/general assembly|\bunga\b/.test(s)) return "unga";
  if (/shanghai cooperation|\bsco\b/.test(s)) return "sco";
  return s.replace(/\b(?:summit|forum|conference|meeting|ministerial|gathering|leaders['’]?|foreign ministers['’]?)\b/g, "").replace(/[^a-z0-9]/g, "");
}

/** Multilateral events named between `from` and `to` ("the G20 Summit", "APEC"). */
export function findEvents(body: string, from: number, to: number): EventMention[] {
  const text = body.slice(from, to);
  const out: EventMention[] = [];
  for (const m of text.matchAll(EVENT_PATTERN)) {
    const name = m[0].replace(/^the\s+/i, "");
    const start = from + (m.index ?? 0) + (m[0].length - name.length);
    out.push({ start, end: start + name.length, name });
  }
  return out;
}

const PLACE_PREPS = new Set(["in", "at", "near", "outside", "inside", "to", "from", "into", "across", "throughout", "around", "toward", "towards"]);
/** A town or region below the major tier, where the text has already said a place follows. */
function smallPlace(text: string, gaz: Gazetteer): Located | null {
  const p = gaz.anyPlace(text);
  if (!p) return null;
  // Found under another name ("Sandringham" is also an alternate name of a Hampton in Australia): a small place
  // known only by an alias is the place as written, in no country we can vouch for.
  if (fold(p.name) !== fold(text)) return { city: text, region: null, country: null, venue: null };
  return p.kind === "region" ? { city: null, region: p.name, country: p.country || null, venue: null } : { city: p.name, region: p.province || null, country: p.country || null, venue: null };
}

const TOWN_NOUNS = new Set(["village", "town", "city", "resort", "island", "port", "hamlet", "municipality"]);
const DETERMINERS = new Set(["the", "their", "a", "his", "her", "its"]);
const MEETING_NOUNS = new Set(["summit", "summits", "talks", "meeting", "meetings", "encounter", "sit-down", "conference"]);
const TRAVEL_VERBS = new Set(["visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring", "reach", "reaches", "reached"]);
const JOINERS = new Set(["of", "the", "and", "de", "du", "la", "el", "al"]);

/**
 * Places named anywhere in a sentence's tokens, with or without a preposition ("visits Saudi Arabia",
 * "Washington, D.C."): the longest run of up to five words the gazetteer knows as a country, region or city,
 * with a following ", Country" or ", Region" taken in.
 */
export function placesInTokens(body: string, tokens: readonly Token[], gaz: Gazetteer): PlaceMention[] {
  const out: PlaceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    // Only where the text says a place follows: after a preposition of place, a verb of travelling, "the town of",
    // or before a meeting noun ("the Helsinki summit").
    const lead = tokens[i - 1]?.key === "the" ? tokens[i - 2] : tokens[i - 1];
    const townOf = tokens[i - 1]?.key === "of" && TOWN_NOUNS.has(tokens[i - 2]?.key ?? "");
    const located = !!lead && (PLACE_PREPS.has(lead.key) || TRAVEL_VERBS.has(lead.key));
    // "in Wageningen", "at Sandringham": right after the preposition (not "in the Duma"), any place the gazetteer knows.
    const directly = located && tokens[i - 1] === lead;
    const adjectival = !located && !townOf && (!lead || DETERMINERS.has(tokens[i - 1]?.key ?? ""));
    if (!t.cap || !t.word || !(townOf || adjectival || located)) {
      // A major city named in passing ("on the Reykjavik waterfront") locates a venue beside it, never a meeting alone.
      const city = t.cap && t.word ? gaz.city(t.text) : null;
      if (city && !tokens[i + 1]?.cap) out.push({ start: t.start, end: t.end, text: t.text, city: city.name, region: city.province || null, country: city.country, venue: null, prep: null });
      i++;
      continue;
    }
    let found: { end: number; place: Located } | null = null;
    for (let n = Math.min(5, tokens.length - i); n >= 1 && !found; n--) {
      const last = tokens[i + n - 1] as Token;
      if (!last.cap || tokens.slice(i, i + n).some((x) => !x.cap && !JOINERS.has(x.key))) continue;
      const text = body.slice(t.start, last.end);
      // ", Country" or ", Region" right after narrows a city ("Portland, Oregon", "Jeddah, Saudi Arabia").
      let follow: string | null = null;
      let followEnd = 0;
      if (tokens[i + n]?.text === ",") {
        for (let m = 3; m >= 1 && !follow; m--) {
          const span = tokens.slice(i + n + 1, i + n + 1 + m);
          if (span.length < m || !span.every((x) => x.cap)) continue;
          const f = body.slice((span[0] as Token).start, (span[m - 1] as Token).end);
          if (gaz.country(f) || gaz.region(f) || f === "D.C.") {
            follow = f;
            followEnd = i + n + 1 + m;
          }
        }
      }
      // Before a meeting noun with no preposition ("the Helsinki summit"), and after "the town of", any name is a place.
      const beforeMeeting = MEETING_NOUNS.has(tokens[i + n]?.key ?? "");
      const place = (adjectival && !townOf) && !beforeMeeting ? null : classify(text, follow, gaz) ?? (townOf && n === 1 ? { city: text, region: null, country: null, venue: null } : null) ?? (directly ? smallPlace(text, gaz) : null);
      if (place) {
        let end = follow ? followEnd : i + n;
        if (tokens[end]?.text === "D.C.") end++; // "Washington D.C."
        found = { end, place };
      }
    }
    if (!found) {
      i++;
      continue;
    }
    const prev = tokens[i - 1]?.key === "the" ? tokens[i - 2] : tokens[i - 1];
    const endTok = tokens[found.end - 1] as Token;
    // "visits Saudi Arabia": the object of a verb of travelling is where the trip went.
    const prep = prev && PLACE_PREPS.has(prev.key) ? prev.key : prev && TRAVEL_VERBS.has(prev.key) ? "to" : null;
    out.push({ start: t.start, end: endTok.end, text: body.slice(t.start, endTok.end), ...found.place, prep });
    i = found.end;
  }
  return out;
}

/** "HAMBURG, Germany (Wire Desk) — …", "WASHINGTON — …": a wire story's dateline, at the start of its first line. */
const DATELINE = /^\s{0,4}(\p{Lu}[\p{Lu}.'’ -]{2,40}?)(?:,[ \t]?(\p{Lu}[\p{L}.'’ -]{1,30}?))?[ \t]?(?:\([^)\n]{1,40}\))?[ \t]?[—–-]{1,2}[ \t]/u;

/** The place a wire story was filed from, if its first line opens with a dateline. */
export function datelineOf(body: string, gaz: Gazetteer): PlaceMention | null {
  const firstLine = /^\s*[^\n]{0,200}/.exec(body)?.[0] ?? "";
  const m = DATELINE.exec(firstLine);
  if (!m) return null;
  const raw = (m[1] ?? "").trim();
  const name = raw.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  const place = classify(name, m[2]?.trim() ?? null, gaz) ?? smallPlace(name, gaz);
  if (!place) return null;
  const start = firstLine.indexOf(raw);
  return { start, end: start + raw.length, text: raw, ...place, prep: "in" };
}
