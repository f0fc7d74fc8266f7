// Words that are not names: ordinary English words (the word-list package,
// ~274,000 lower-case words) and the world's countries (world-countries).
// A typed word that is one of them is never taken for a typo of a person's
// name: "dance" is not "Vance", "france" not "Vance" either. Both lists are
// read from node_modules the first time a question has a word it does not
// know, never at start-up, and searched without building a set.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fold } from "../fold.js";

export interface Lexicon {
  /** A lower-case ordinary English word ("capital", "dance", "trump"). */
  readonly isEnglishWord: (word: string) => boolean;
  /** A country's common or official name, or its demonym, folded ("france", "french"). */
  readonly isCountry: (words: string) => boolean;
}

const requireHere = createRequire(import.meta.url);

/** The folder of an installed package, found through its package.json or, when that is not exported, its main file. */
function packageDir(name: string): string {
  try {
    return dirname(requireHere.resolve(`${name}/package.json`));
  } catch {
    return dirname(requireHere.resolve(name));
  }
}

interface CountryEntry {
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings?: readonly string[];
  readonly demonyms?: Readonly<Record<string, { readonly m: string; readonly f: string }>>;
}

/** The lists, loaded once per call site that needs them (a question), not kept at module level. */
export function loadLexicon(): Lexicon {
  let english: string | null = null;
  let englishSet: Set<string> | null = null;
  let lookups = 0;
  let countries: Set<string> | null = null;
  return {
    isEnglishWord: (word) => {
      if (!/^[a-z]+$/.test(word)) return false;
      english ??= `\n${readFileSync(join(packageDir("word-list"), "words.txt"), "utf8")}\n`;
      // A scan of the text costs ~2 ms; a set costs ~40 ms to build. A long question of unknown words gets the set.
      if (++lookups > 16) englishSet ??= new Set(english.split("\n"));
      return englishSet ? englishSet.has(word) : english.includes(`\n${word}\n`);
    },
    isCountry: (words) => {
      if (!countries) {
        countries = new Set();
        const list = requireHere("world-countries") as readonly CountryEntry[];
        for (const c of list) {
          for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 3)]) countries.add(fold(n));
          for (const d of Object.values(c.demonyms ?? {})) countries.add(fold(d.m)).add(fold(d.f));
        }
      }
      return countries.has(words);
    },
  };
}
