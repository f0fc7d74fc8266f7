// One way to compare names and words everywhere, extraction and queries alike:
// "Marković" matches "Markovic", "Zelenskyy" keeps its letters. Kept apart
// from src/extract/ so that the query path can use it without loading extraction.

export function fold(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
