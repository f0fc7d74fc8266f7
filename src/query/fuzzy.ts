// How far a typed word may be from a name and still be taken for it: the
// measure of a spelling mistake, not of a resemblance. Edits are counted as
// Damerau–Levenshtein does (optimal string alignment: a letter inserted,
// left out, changed, or two neighbours swapped), and a word may have one
// mistake in four to seven letters, two from eight ("Putn", "Geneve",
// "Zelenskky", "Ankorage"), none below four: "Xi" is never "Li".

/** The most edits a typed word of this many letters may carry. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance between a and b, or `max + 1` as soon as
 * it must exceed `max` (rows stop once every cell is over the bound).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let prevprev: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, (prevprev[j - 2] as number) + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevprev = prev;
    prev = row;
  }
  return prev[y.length] as number;
}

/** Whether `typed` is within a spelling mistake of `known`. */
export function isTypoOf(typed: string, known: string): boolean {
  const budget = typoBudget([...typed].length);
  return budget > 0 && editDistance(typed, known, budget) <= budget;
}
