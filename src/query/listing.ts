// --sort FIELD, --reverse and --limit N, the same for every list: records are
// ordered by one of their JSON fields (a number by value, a list by length,
// text alphabetically, empty last), then cut.

import { UsageError } from "../errors.js";

export interface ListingRequest {
  readonly sort: string | null;
  readonly reverse: boolean;
  readonly limit: number | null;
}

export interface ListingFlags {
  sort?: string;
  reverse?: boolean;
  limit?: string;
}

export function parseListing(flags: ListingFlags, fields: readonly string[]): ListingRequest {
  let limit: number | null = null;
  if (flags.limit !== undefined) {
    if (!/^\s*\d{1,9}\s*$/.test(flags.limit) || Number(flags.limit) < 1) throw new UsageError(`--limit: "${flags.limit}" is not a positive whole number`);
    limit = Number(flags.limit);
  }
  const sort = flags.sort?.trim() ?? null;
  if (sort !== null && !fields.includes(sort)) throw new UsageError(`--sort: "${flags.sort}" is not a field; valid fields: ${fields.join(", ")}`);
  return { sort, reverse: flags.reverse === true, limit };
}

type Key = { readonly kind: 0; readonly n: number } | { readonly kind: 1; readonly s: string } | { readonly kind: 2 };

function keyOf(value: unknown): Key {
  if (typeof value === "number") return { kind: 0, n: value };
  if (Array.isArray(value)) return { kind: 0, n: value.length };
  if (typeof value === "string" && value !== "") return { kind: 1, s: value };
  if (value && typeof value === "object") {
    const name = (value as Record<string, unknown>)["name"] ?? (value as Record<string, unknown>)["document"];
    if (typeof name === "string") return { kind: 1, s: name };
  }
  return { kind: 2 };
}

function compare(a: Key, b: Key): number {
  if (a.kind === 2 || b.kind === 2) return a.kind === b.kind ? 0 : a.kind === 2 ? 1 : -1;
  if (a.kind === 0 && b.kind === 0) return a.n - b.n;
  const x = a.kind === 1 ? a.s : String((a as { n: number }).n);
  const y = b.kind === 1 ? b.s : String((b as { n: number }).n);
  return x.localeCompare(y, "en", { numeric: true });
}

/** The records sorted (stable: ties keep their order), reversed and cut as asked. */
export function applyListing<T>(records: readonly T[], toJson: (r: T) => Record<string, unknown>, req: ListingRequest): T[] {
  let out = [...records];
  if (req.sort !== null) {
    const field = req.sort;
    const keyed = out.map((r, i) => ({ r, i, k: keyOf(toJson(r)[field]) }));
    // Empty values stay last whichever way the list runs.
    keyed.sort((a, b) => {
      const empty = Number(a.k.kind === 2) - Number(b.k.kind === 2);
      if (empty !== 0) return empty;
      return (req.reverse ? -1 : 1) * compare(a.k, b.k) || a.i - b.i;
    });
    out = keyed.map((x) => x.r);
  } else if (req.reverse) out.reverse();
  return req.limit === null ? out : out.slice(0, req.limit);
}
