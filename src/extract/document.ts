// One article's text → everything extraction finds in it. Pure: the same body,
// published date and known names give the same result, which is what lets the
// indexer cache it by content hash.

import { findAttendees, type AttendeeCandidate } from "./attendees.js";
import { findClaims, type ClaimCandidate } from "./claims.js";
import { findEncounters, type EncounterCandidate } from "./encounters.js";
import type { Gazetteer } from "./gazetteer.js";
import { findPeople, type PersonMention } from "./people.js";
import { findPlaces, type PlaceMention } from "./places.js";
import { splitSentences } from "./text.js";
import { findTopics } from "./topics.js";

/** Bump when extraction changes what it returns for the same text: cached results are keyed by it. */
export const EXTRACTOR_VERSION = 1;

export interface DocumentExtraction {
  readonly people: readonly PersonMention[];
  readonly encounters: ReadonlyArray<EncounterCandidate & { readonly topics: readonly string[] }>;
  readonly attendees: readonly AttendeeCandidate[];
  readonly claims: readonly ClaimCandidate[];
  /** Venues named anywhere ("outside Villa La Grange"), for the encounter a report is about. */
  readonly venues: readonly PlaceMention[];
}

export interface ExtractInput {
  readonly body: string;
  readonly published: string | null;
  /** Names established by other articles, so a bare "Biden" in a brief still counts as a person. */
  readonly knownNames?: readonly string[];
}

export function extractDocument(input: ExtractInput, gazetteer: Gazetteer): DocumentExtraction {
  const { body, published } = input;
  const sentences = splitSentences(body);
  const people = dedupe(findPeople(body, gazetteer, input.knownNames ?? []));
  const encounters = findEncounters({ body, sentences, people, published, gazetteer }).map((e) => ({
    ...e,
    topics: findTopics(body, sentences, e.sentence),
  }));
  const attendees = findAttendees(body, sentences, people, gazetteer);
  const claims = findClaims(body, sentences, people);
  const venues = findPlaces(body, 0, body.length, gazetteer).filter((p) => p.venue && p.prep !== "from" && p.prep !== "to");
  return { people, encounters, attendees, claims, venues };
}

function dedupe(mentions: PersonMention[]): PersonMention[] {
  const seen = new Set<number>();
  return mentions.filter((m) => (seen.has(m.start) ? false : (seen.add(m.start), true)));
}
