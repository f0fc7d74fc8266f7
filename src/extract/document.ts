// One article's text → everything extraction finds in it. Pure: the same body
// and published date give the same result, which is what lets the indexer
// cache it by content hash. Linear in the text: each sentence is analysed once
// (stage 1, sentence.ts), then the document's passes run over the sentences'
// candidates (stage 2, discourse.ts).

import { findAttendees, type AttendeeCandidate } from "./attendees.js";
import { findClaims, type ClaimCandidate } from "./claims.js";
import { runDiscourse, type EncounterCandidate, type Genre } from "./discourse.js";
import type { Gazetteer } from "./gazetteer.js";
import type { PersonMention } from "./people.js";
import { datelineOf, type PlaceMention } from "./places.js";
import { analyzeSentence, capitalisedInside, compileRules, sentenceTokens, type CompiledRules } from "./sentence.js";
import { splitSentences } from "./text.js";
import { findTopics } from "./topics.js";

/** Bump when extraction changes what it returns for the same text: cached results are keyed by it. */
export const EXTRACTOR_VERSION = 2;

export interface DocumentExtraction {
  readonly people: readonly PersonMention[];
  readonly encounters: ReadonlyArray<EncounterCandidate & { readonly topics: readonly string[] }>;
  readonly attendees: readonly AttendeeCandidate[];
  readonly claims: readonly ClaimCandidate[];
  /** Venues named anywhere ("outside Villa La Grange"), for the encounter a report is about. */
  readonly venues: readonly PlaceMention[];
  readonly genre: Genre;
}

export interface ExtractInput {
  readonly body: string;
  readonly published: string | null;
}

/** The rule tables, compiled once when extraction is loaded; a constant, frozen, never changed. */
const RULES: CompiledRules = compileRules();

export function extractDocument(input: ExtractInput, gazetteer: Gazetteer): DocumentExtraction {
  const { body, published } = input;
  const sentences = splitSentences(body);
  const tokens = sentences.map((sentence) => sentenceTokens(body, sentence));
  const midCaps = capitalisedInside(tokens);
  const analyses = sentences.map((sentence, i) => analyzeSentence({ body, sentence, tokens: tokens[i] ?? [], midCaps, published, gazetteer, rules: RULES }));
  const { candidates, genre, people } = runDiscourse({ body, published, sentences: analyses, dateline: datelineOf(body, gazetteer) });
  const encounters = candidates.map((e) => ({ ...e, topics: findTopics(body, sentences, e.sentence) }));
  const attendees = findAttendees(body, sentences, people, gazetteer);
  const claims = findClaims(body, sentences, people);
  const venues = analyses.flatMap((a) => a.places).filter((p) => p.venue && p.prep !== "from" && p.prep !== "to");
  return { people, encounters, attendees, claims, venues, genre };
}
