// Curated corrections: what a human who checked an article can say about it
// without editing its text — add an encounter the extractor missed (with a
// quote that must occur verbatim in that article), change a date, place or
// kind, merge two records, drop a false one, or mark an encounter or claim
// disputed with a note. They live in an article's front matter under
// `corrections`, or in `curation.yaml` at the corpus root (each entry then
// names its `document`).

import { z } from "zod";
import { ENCOUNTER_KINDS, type EncounterKind } from "../schema.js";

const kind = z.enum(ENCOUNTER_KINDS as [EncounterKind, ...EncounterKind[]]);
const status = z.enum(["held", "announced"]);
const date = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");
const note = z.string().trim().min(1, "must not be empty");

const CorrectionSchema = z.union([
  z.strictObject({
    add: z.strictObject({
      kind,
      participants: z.array(z.string().trim().min(1)).min(2, "needs at least two people"),
      quote: z.string().min(1, "must not be empty"),
      date: date.optional(),
      place: z.string().trim().min(1).optional(),
      event: z.string().trim().min(1).optional(),
      status: status.optional(),
    }),
  }),
  z.strictObject({
    set: z.strictObject({ encounter: z.string().min(1), date: date.optional(), place: z.string().trim().min(1).optional(), kind: kind.optional(), status: status.optional(), note: note.optional() }),
  }),
  z.strictObject({ merge: z.array(z.string().min(1)).min(2, "name at least two encounters") }),
  z.strictObject({ drop: z.string().min(1), reason: note.optional() }),
  z.strictObject({
    dispute: z.strictObject({ encounter: z.string().min(1).optional(), claim: z.string().min(1).optional(), note }).refine((d) => !!d.encounter !== !!d.claim, "name exactly one of encounter or claim"),
  }),
]);

export type Correction = z.infer<typeof CorrectionSchema>;

export interface SourcedCorrection {
  /** The article the correction speaks for: quotes are looked up in its body. */
  readonly document: string;
  /** Where it was written, for problem reports: "file: corrections[2]". */
  readonly origin: string;
  readonly correction: Correction;
}

/** Validates a `corrections` value; returns the good entries and a message per bad one. */
export function parseCorrections(value: unknown, document: string, origin: string): { corrections: SourcedCorrection[]; problems: string[] } {
  const corrections: SourcedCorrection[] = [];
  const problems: string[] = [];
  if (value === null || value === undefined) return { corrections, problems };
  if (!Array.isArray(value)) return { corrections, problems: [`${origin}: expected a list of corrections`] };
  value.forEach((entry, i) => {
    const parsed = CorrectionSchema.safeParse(entry);
    if (parsed.success) corrections.push({ document, origin: `${origin}[${i}]`, correction: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      const path = issue?.path.length ? `.${issue.path.join(".")}` : "";
      problems.push(`${origin}[${i}]${path}: ${issue?.message ?? "invalid"}`);
    }
  });
  return { corrections, problems };
}
