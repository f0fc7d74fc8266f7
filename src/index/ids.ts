// Stable, typable ids. In-person encounters are `place-year` (geneva-2021);
// calls and video calls `<surname>-<surname>-<kind>-<date>`; people by name.
// An id depends only on its own record, so adding an unrelated article never
// changes it; a suffix is added only when two records would collide.

import { slugify } from "../extract/text.js";
import type { EncounterKind, Location } from "./records.js";

export interface IdParts {
  readonly kind: EncounterKind;
  readonly date: string | null;
  readonly location: Location | null;
  /** Surnames of the principals. */
  readonly principals: readonly string[];
}

export function encounterBaseId(parts: IdParts): string {
  const year = parts.date?.slice(0, 4) ?? null;
  const pair = [...parts.principals].map(slugify).sort().slice(0, 2).join("-");
  const remote = parts.kind === "call" || parts.kind === "video";
  const place = parts.location ? slugify(parts.location.city ?? parts.location.name) : "";
  if (!remote && place) return year ? `${place}-${year}` : place;
  return [pair, parts.kind, parts.date].filter(Boolean).join("-");
}

/**
 * Assigns ids in a stable order, suffixing -2, -3 … on collisions. A suffix
 * never takes an id that is another record's base ("geneva-2021" twice next to
 * a "geneva-2021-2" gives -3), and bases are handled in sorted order, so the
 * result does not depend on the order records arrive in.
 */
export function assignIds<T>(items: readonly T[], baseId: (t: T) => string, order: (a: T, b: T) => number): Map<T, string> {
  const byBase = new Map<string, T[]>();
  for (const item of items) {
    const b = baseId(item);
    byBase.set(b, [...(byBase.get(b) ?? []), item]);
  }
  const taken = new Set(byBase.keys());
  const out = new Map<T, string>();
  for (const b of [...byBase.keys()].sort()) {
    let n = 1;
    [...(byBase.get(b) ?? [])].sort(order).forEach((item, i) => {
      if (i === 0) return out.set(item, b);
      do n++;
      while (taken.has(`${b}-${n}`));
      taken.add(`${b}-${n}`);
      out.set(item, `${b}-${n}`);
    });
  }
  return out;
}
