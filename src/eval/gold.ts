// The gold format (../shared/gold/seeds.json and test/gold/*.json): a human
// reading of a corpus. Only what scoring reads is checked; any other field a
// gold file carries (topics, venue, notes, roles) passes through untouched, so
// gold files can grow without breaking the harness.

import { z } from "zod";

const name = z.string();
const date = z.string().nullable().optional();

// The shared gold names its source `seed` ("000"); project gold names the file as `doc`.
const evidence = z.looseObject({ seed: z.string().optional(), doc: z.string().optional(), article: z.string().optional(), quote: z.string() });

const encounter = z.looseObject({
  key: z.string(),
  participants: z.array(name),
  date,
  kind: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  status: z.string().optional(),
  evidence: z.array(evidence).optional(),
});

const sides = z.looseObject({ not_attendees: z.array(name).optional() });

const expectation = z.looseObject({
  dates_include: z.array(z.string()).optional(),
  dates: z.array(z.string()).optional(),
  dates_also_ok: z.array(z.string()).optional(),
  dates_exclude: z.array(z.string()).optional(),
  locations_include: z.array(z.string()).optional(),
  quote_contains: z.array(z.string()).optional(),
  kind: z.string().optional(),
  people_include: z.array(name).optional(),
  people_exclude: z.array(name).optional(),
  places_include: z.array(z.string()).optional(),
  quotes_include: z.array(z.string()).optional(),
  ids_include: z.array(z.string()).optional(),
  count_in_person: z.number().int().optional(),
  count: z.number().int().optional(),
});

export const goldSchema = z.looseObject({
  encounters: z.looseObject({
    required: z.array(encounter),
    optional: z.array(encounter).optional(),
    negatives: z.array(z.looseObject({ quote: z.string() })).optional(),
  }),
  attendees: z.record(z.string(), sides).optional(),
  quotes: z.array(z.looseObject({ speaker: name, contains: z.string(), seed: z.string().optional(), doc: z.string().optional() })).optional(),
  questions: z.array(z.looseObject({ q: z.string(), expect: expectation })).optional(),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldEncounter = z.infer<typeof encounter>;
export type GoldSides = z.infer<typeof sides>;
export type GoldQuestion = NonNullable<Gold["questions"]>[number];
export type GoldQuote = NonNullable<Gold["quotes"]>[number];

/** Where a piece of evidence comes from, whichever key the gold file uses (`doc`, `seed` or `article`). */
export const sourceOf = (e: { seed?: string | undefined; doc?: string | undefined; article?: string | undefined }): string | null => e.doc ?? e.article ?? e.seed ?? null;

export function parseGold(value: unknown, file: string): Gold {
  const parsed = goldSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`${file}: not a gold file: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`);
}
