// The baseline: per gold file, the least each guarded metric may be. A run
// that falls below any of them is a regression; improving extraction raises
// the numbers, and --update-baseline records them as the new floor.

import { z } from "zod";
import type { Report } from "./score.js";

/** Metrics that may only rise. */
export const METRICS = ["encountersF1", "questionsPassed", "quotesAttributed", "attendeeRecall"] as const;
/** Metrics that may only fall: encounters in articles the gold finds none in. */
export const CEILINGS = ["inQuietArticles"] as const;
export type Metric = (typeof METRICS)[number] | (typeof CEILINGS)[number];
export type Summary = Record<Metric, number>;

const summarySchema = z.object({ encountersF1: z.number(), questionsPassed: z.number(), quotesAttributed: z.number(), attendeeRecall: z.number(), inQuietArticles: z.number().default(0) });
export const baselineSchema = z.record(z.string(), summarySchema);
export type Baseline = z.infer<typeof baselineSchema>;

export function summarize(r: Report): Summary {
  return { encountersF1: r.encounters.f1, questionsPassed: r.questions.passed, quotesAttributed: r.quotes.attributed, attendeeRecall: r.attendees.recall, inQuietArticles: r.encounters.inQuietArticles ?? 0 };
}

// Ratios are stored rounded down, so a recorded floor never sits above the run that recorded it.
const floor4 = (x: number) => Math.floor(x * 10_000 + 1e-9) / 10_000;

export function toBaseline(summaries: Readonly<Record<string, Summary>>): Baseline {
  return Object.fromEntries(Object.entries(summaries).map(([gold, s]) => [gold, {
    encountersF1: floor4(s.encountersF1), questionsPassed: s.questionsPassed, quotesAttributed: s.quotesAttributed, attendeeRecall: floor4(s.attendeeRecall),
    inQuietArticles: s.inQuietArticles,
  }]));
}

export interface Regression {
  readonly gold: string;
  readonly metric: Metric;
  readonly baseline: number;
  readonly current: number;
}

/** Metrics below their floor, or above their ceiling. A gold file with no baseline yet has neither. */
export function regressions(gold: string, current: Summary, baseline: Baseline): Regression[] {
  const floor = baseline[gold];
  if (!floor) return [];
  return [
    ...METRICS.filter((m) => current[m] + 1e-9 < floor[m]).map((m) => ({ gold, metric: m, baseline: floor[m], current: current[m] })),
    ...CEILINGS.filter((m) => current[m] > floor[m] + 1e-9).map((m) => ({ gold, metric: m, baseline: floor[m], current: current[m] })),
  ];
}
