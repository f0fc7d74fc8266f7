// Delegation heads: who led each side of a meeting reported without names
// ("Senior U.S. and Russian officials met on Tuesday … Secretary of State Marco
// Rubio led the American delegation. Russia was represented by Foreign
// Minister Sergey Lavrov."). A row captures the head as `H`.

import type { RuleRow } from "./types.js";

export interface DelegationRow extends RuleRow {
  readonly pattern: string;
}

export const DELEGATION_HEADS: readonly DelegationRow[] = [
  {
    id: "delegation.led-the",
    pattern: "H=PERSON (@pre){0,2} led|leads|headed|heads|leading|heading ( the|a|his|her|its ~{0,3} delegation|delegations|team|side | ROLE )",
    examples: ["Nigerian Foreign Minister Yusuf Tuggar led the Nigerian delegation."],
    counterExamples: ["Nigerian Foreign Minister Yusuf Tuggar led the protest."],
  },
  {
    id: "delegation.represented-by",
    pattern: "represented by H=PERSON",
    examples: ["Ghana was represented by Foreign Minister Samuel Ablakwa."],
    counterExamples: ["Ghana was represented by its ambassador."],
  },
  {
    id: "delegation.led-by",
    pattern: "delegation|delegations|team|side (@be)? led|headed by H=PERSON",
    examples: ["The Kenyan delegation, led by Foreign Minister Musalia Mudavadi, arrived late."],
    counterExamples: ["The Kenyan delegation, led by its ambassador, arrived late."],
  },
];
