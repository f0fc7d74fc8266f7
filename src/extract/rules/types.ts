// The shape every rule table shares: an id, the rule itself, and sentences it
// must and must not fire on. test/unit/rules.test.ts runs every table's
// examples; a failure names the row.

export interface RuleRow {
  /** Stable and unique across tables: "frame.meet-with", "veto.calls-x-a". */
  readonly id: string;
  /** Sentences (written for this table, never copied from a corpus) the row must fire on. */
  readonly examples: readonly string[];
  /** Sentences the row must not fire on. */
  readonly counterExamples: readonly string[];
}
