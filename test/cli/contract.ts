// The --json contract as zod schemas: CLI tests parse output back through
// these, so a renamed or retyped field fails a test instead of a script.

import { z } from "zod";

export const Evidence = z.strictObject({ document: z.string(), quote: z.string().min(1), start: z.int().nonnegative(), end: z.int().positive() });
const Kind = z.enum(["summit", "sideline", "meeting", "call", "video"]);
const DateValue = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/).nullable();

export const Encounter = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: z.string(),
  kind: Kind,
  status: z.enum(["held", "announced"]),
  date: DateValue,
  event: z.string().nullable(),
  location: z.strictObject({ name: z.string(), city: z.string().nullable(), country: z.string().nullable(), venue: z.string().nullable() }).nullable(),
  participants: z.array(z.strictObject({ id: z.string(), name: z.string(), role: z.string().nullable(), side: z.string().nullable() })).min(2),
  topics: z.array(z.string()),
  sources: z.array(Evidence).min(1),
  disputes: z.array(z.strictObject({ field: z.string(), values: z.array(z.strictObject({ value: z.string(), document: z.string() })) })),
  curated: z.array(z.string()),
  whereabouts: z.array(z.strictObject({ id: z.string(), name: z.string(), place: z.string() })),
});

export const Attendee = z.strictObject({ id: z.string(), name: z.string(), role: z.string().nullable(), side: z.string().nullable(), evidence: Evidence });

export const Claim = z.strictObject({
  id: z.string(),
  text: z.string(),
  speaker: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  encounter: z.string().nullable(),
  source: Evidence,
  curated: z.array(z.string()),
});

export const Person = z.strictObject({
  id: z.string(), name: z.string(), aliases: z.array(z.string()), roles: z.array(z.string()), side: z.string().nullable(),
  encounters: z.array(z.string()), documents: z.array(z.string()),
});

export const DocumentRecord = z.strictObject({
  id: z.string(), title: z.string(), publisher: z.string().nullable(), published: DateValue, url: z.string().nullable(), kind: z.string().nullable(),
  encounters: z.array(z.string()), claims: z.int(), people: z.int(),
});

export const AskAnswer = z.strictObject({
  question: z.string(),
  intent: z.enum(["when", "where", "attendees", "count", "quotes", "did", "find", "who", "duration", "unknown"]),
  people: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  results: z.array(z.unknown()),
  count: z.int().nonnegative(),
  resultType: z.enum(["encounters", "attendees", "claims", "none"]),
  understood: z.string(),
  answer: z.string(),
  announced: z.array(Encounter),
  notes: z.array(z.string()),
  disputed: z.array(z.string()),
  found: z.boolean(),
  places: z.array(z.string()),
  from: DateValue,
  to: DateValue,
  kind: z.enum(["any", "in-person", "remote", "summit", "sideline", "meeting", "call", "video"]),
  order: z.enum(["first", "last"]).nullable(),
  topic: z.array(z.string()),
  corrections: z.array(z.strictObject({ typed: z.string(), read: z.string() })),
  ignored: z.array(z.string()),
  unknown: z.array(z.string()),
});

export const SearchHit = z.strictObject({ type: z.enum(["encounter", "person", "claim"]), id: z.string(), label: z.string(), score: z.number().min(0).max(1) });
