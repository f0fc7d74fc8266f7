// Gatherings a question names ("the UN General Assembly", "the African Union
// summit", "the G20") matched against what the index holds of an encounter:
// its event and place fields, else the text its sources quote. A question's
// initials stand for the capitalised words they abbreviate ("UN" for "United
// Nations", "UNGA" for "United Nations General Assembly"), so the name matches
// however an article spelled it out.

import { fold } from "../fold.js";
import type { EncounterRecord } from "../index/records.js";

/** Nouns that say a name is a gathering's: "the African Union summit", "the World Economic Forum". */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  "summit", "summits", "forum", "conference", "assembly", "congress", "session", "ministerial", "gathering", "council", "games", "meeting", "meetings", "talks",
]);

/** Heads left out when a name is looked for in text: "the G20 summit" is "the G20" in many articles. */
const GENERIC_HEADS: ReadonlySet<string> = new Set(["summit", "summits", "meeting", "meetings", "talks", "gathering", "conference", "forum", "session", "ministerial"]);

const LETTERS = /[\p{L}\p{N}]+/gu;

const NUMBERS: Readonly<Record<string, string>> = { seven: "7", eight: "8", twenty: "20" };

interface Word {
  readonly key: string;
  readonly capital: boolean;
}

const wordsOf = (text: string): Word[] => [...text.matchAll(LETTERS)].map((m) => ({ key: fold(m[0]), capital: /^[\p{Lu}\p{N}]/u.test(m[0]) }));

/** Initials as typed: two to six capital letters ("UN", "UNGA", "AU"), not a word with a digit ("G20"). */
const isInitials = (typed: string) => /^\p{Lu}{2,6}$/u.test(typed);

/** The words of a gathering's name that tell it apart: no "the", no generic head (unless that is all there is). */
export function eventCore(name: string): readonly string[] {
  const typed = [...name.matchAll(LETTERS)].map((m) => m[0]).filter((w) => fold(w) !== "the");
  const core = typed.filter((w) => !GENERIC_HEADS.has(fold(w)));
  return core.length ? core : typed;
}

/** Whether `core` (typed words) occurs in `text` as consecutive words, initials standing for capitalised words. */
export function mentionsEvent(text: string, core: readonly string[]): boolean {
  if (core.length === 0) return false;
  const words = wordsOf(text);
  const at = (c: number, t: number): boolean => {
    if (c === core.length) return true;
    const typed = core[c] as string;
    const key = fold(typed);
    if (words[t]?.key === key && at(c + 1, t + 1)) return true;
    // "G20" for "Group of 20", "G7" for "Group of Seven".
    const group = /^g(\d{1,2})$/.exec(key.replace("-", ""));
    if (group) {
      const n = group[1] as string;
      return words[t]?.key === "group" && words[t + 1]?.key === "of" && (words[t + 2]?.key === n || NUMBERS[words[t + 2]?.key ?? ""] === n) && at(c + 1, t + 3);
    }
    if (!isInitials(typed)) return false;
    // "UN" for "United Nations", "U.N." (two one-letter words) alike.
    const span = words.slice(t, t + key.length);
    return span.length === key.length && span.every((w, k) => w.capital && w.key[0] === key[k]) && at(c + 1, t + key.length);
  };
  for (let t = 0; t < words.length; t++) if (at(0, t)) return true;
  return false;
}

/**
 * Whether an encounter was at the gathering: by its event or place fields, or (`byText`, for a gathering no
 * record has in a field) by what its sources quote. A field is the better witness: a sentence that recounts
 * several meetings names gatherings that were not this one's.
 */
export function atEvent(e: EncounterRecord, core: readonly string[], byText = false): boolean {
  const fields = [e.event, e.location?.name, e.location?.venue].filter((x): x is string => !!x);
  return byText ? e.sources.some((s) => mentionsEvent(s.quote, core)) : fields.some((f) => mentionsEvent(f, core));
}

/** How a gathering is found in an index: in records' fields, else in their sources' text, else not at all. */
export function eventIn(encounters: readonly EncounterRecord[], core: readonly string[]): "fields" | "text" | null {
  if (encounters.some((e) => atEvent(e, core))) return "fields";
  return encounters.some((e) => atEvent(e, core, true)) ? "text" : null;
}
