// The article metadata schema: what front matter may hold. Each field is
// checked on its own, so one bad field is reported and dropped while the rest
// of the article — and the corpus — still loads.

import { z } from "zod";

export const ARTICLE_KINDS = ["news", "analysis", "explainer", "opinion", "live", "brief", "retrospective", "interview"] as const;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** "2025-08-16T10:00:00Z" and "August 16, 2025" are the same day as "2025-08-16": accept what publishers write. */
function normalizeDay(value: string): string {
  const s = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return iso[1] as string;
  const written = /^(?:[A-Za-z]+,\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s) ?? /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(s);
  if (written) {
    const [month, day] = /^\d/.test(written[1] ?? "") ? [written[2], written[1]] : [written[1], written[2]];
    const m = MONTHS.findIndex((name) => name.startsWith((month ?? "").toLowerCase().slice(0, 3)));
    if (m >= 0) return `${written[3]}-${String(m + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return s;
}

const isoDay = z
  .string()
  .transform(normalizeDay)
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD"))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, "not a calendar date");

export const metadataFields = {
  title: z.string().trim().min(1, "must not be empty").max(500, "longer than 500 characters"),
  publisher: z.string().trim().min(1, "must not be empty").max(200, "longer than 200 characters"),
  published: isoDay,
  url: z.url({ protocol: /^https?$/, message: "expected an http(s) URL" }),
  kind: z.enum(ARTICLE_KINDS, { message: `expected one of ${ARTICLE_KINDS.join(", ")}` }),
} as const;

export type MetadataField = keyof typeof metadataFields;

// Looked up by the keys a file's front matter holds: a Map, so `constructor:` or `__proto__:` is an unknown field, not Object's.
const FIELD_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(Object.entries(metadataFields));

export interface ArticleMetadata {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly kind: (typeof ARTICLE_KINDS)[number] | null;
}

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** Validates front matter field by field; unknown fields other than `corrections` are reported. */
export function validateMetadata(data: Record<string, unknown>): { metadata: ArticleMetadata; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const out: Record<string, unknown> = { title: null, publisher: null, published: null, url: null, kind: null };
  for (const [field, value] of Object.entries(data)) {
    if (field === "corrections") continue;
    const schema = FIELD_SCHEMAS.get(field);
    if (!schema) {
      problems.push({ field, message: "unknown field (ignored)" });
      continue;
    }
    if (value === null || value === undefined) continue;
    const parsed = schema.safeParse(value instanceof Date ? value.toISOString().slice(0, 10) : value);
    if (parsed.success) out[field] = parsed.data;
    else problems.push({ field, message: parsed.error.issues[0]?.message ?? "invalid" });
  }
  return { metadata: out as unknown as ArticleMetadata, problems };
}
