// What a sentence says about a meeting it names: that it is planned
// (announced), only hoped for, offered or refused, cancelled, denied, or
// conditional. Every row matches with `T=~` on the trigger of a candidate a
// frame found; the first row that matches decides (order matters: refusals
// before plans, so "refused to meet" is not a plan).

import type { RuleRow } from "./types.js";

export type ModalityEffect =
  /** Planned, scheduled, expected: kept with status "announced". */
  | "announced"
  /** Hoped for, offered, proposed, refused, cancelled, denied, conditional, negated: not an encounter. */
  | "drop";

export interface ModalityRow extends RuleRow {
  readonly pattern: string;
  readonly effect: ModalityEffect;
  /** Why, in the words of the explanation. */
  readonly reading: string;
}

/** Between the modal word and the trigger: words and people, never a comma ("who wanted a deal, met …"). */
const GAP = "( @pre|DATE|PERSON|NAME|ROLE|PRON | !, ){0,4}";

export const MODALITY: readonly ModalityRow[] = [
  {
    id: "modality.negated", effect: "drop", reading: "negated",
    pattern: `not|never|n't|no|neither|nor|without|aren't|isn't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|won't|wouldn't|can't|cannot|couldn't|shouldn't ~{0,6} T=~`,
    examples: ["Malian President Amadou Keita did not meet Senegalese President Macky Diallo in Dakar."],
    counterExamples: ["Malian President Amadou Keita met Senegalese President Macky Diallo in Dakar."],
  },
  {
    id: "modality.refused", effect: "drop", reading: "refused",
    pattern: `refuse|refuses|refused|refusing|decline|declines|declined|reject|rejects|rejected|rejecting|rule|rules|ruled|snub|snubs|snubbed|boycott|boycotts|boycotted|skip|skips|skipped|avoid|avoids|avoided ${GAP} T=~`,
    examples: ["Cuban President Raul Soto refused to meet Venezuelan President Luis Mora in Havana."],
    counterExamples: ["Cuban President Raul Soto agreed to meet Venezuelan President Luis Mora in Havana, and met him on Monday."],
  },
  {
    id: "modality.cancelled-before", effect: "drop", reading: "cancelled",
    pattern: `cancel|cancels|cancelled|canceled|cancelling|postpone|postpones|postponed|postponing|scrap|scraps|scrapped|suspend|suspends|suspended|delay|delays|delayed|abandon|abandoned|abandons ${GAP} T=~`,
    examples: ["Serbian President Dragan Ilic cancels his meeting with Croatian Prime Minister Ivo Maric."],
    counterExamples: ["Serbian President Dragan Ilic holds his meeting with Croatian Prime Minister Ivo Maric."],
  },
  {
    id: "modality.called-off", effect: "drop", reading: "cancelled",
    pattern: `call|calls|called|calling off ${GAP} T=~`,
    examples: ["Serbian President Dragan Ilic called off his meeting with Croatian Prime Minister Ivo Maric."],
    counterExamples: ["Serbian President Dragan Ilic called Croatian Prime Minister Ivo Maric."],
  },
  {
    id: "modality.cancelled-after", effect: "drop", reading: "cancelled",
    pattern: `T=~ ~~{0,16} ,? which|that? @be (later|then|now|since|abruptly)? cancelled|canceled|postponed|scrapped|shelved|delayed|suspended|off`,
    examples: ["A meeting between Serbian President Dragan Ilic and Croatian Prime Minister Ivo Maric was cancelled."],
    counterExamples: ["A meeting between Serbian President Dragan Ilic and Croatian Prime Minister Ivo Maric was productive."],
  },
  {
    id: "modality.hoped", effect: "drop", reading: "hoped for, offered or asked for",
    pattern: `hope|hopes|hoped|hoping|want|wants|wanted|wish|wishes|wished|ready|willing|prepared|open|eager|keen|offer|offers|offered|offering|propose|proposes|proposed|proposing|suggest|suggests|suggested|invite|invites|invited|inviting|invitation|urge|urges|urged|urging|ask|asks|asked|asking|seek|seeks|seeking|sought|demand|demands|demanded|push|pushes|pushed|pushing|press|presses|pressed|request|requests|requested|insist|insists|insisted|try|tries|tried|trying|attempt|attempts|attempted|aim|aims|aimed|intend|intends|intended|like|love|consider|considers|considered|considering|mull|mulls|mulled|weigh|weighs|weighed ${GAP} T=~`,
    examples: ["Moldovan President Ana Rusu says she is ready to meet Romanian President Ion Popescu."],
    counterExamples: ["Moldovan President Ana Rusu says she met Romanian President Ion Popescu."],
  },
  {
    id: "modality.called-for", effect: "drop", reading: "called for",
    pattern: `call|calls|called|calling|appeal|appeals|appealed for (@det|~){0,3} T=~`,
    examples: ["Bolivian President Raul Mendez called for talks with Chilean President Tomas Vidal."],
    counterExamples: ["Bolivian President Raul Mendez held talks with Chilean President Tomas Vidal."],
  },
  {
    id: "modality.hypothetical-noun", effect: "drop", reading: "only possible or proposed",
    pattern: `possible|potential|proposed|prospective|hypothetical|mooted|rumoured|rumored|requested|desired|would-be|eventual|any|future (~){0,2} T=~`,
    examples: ["Belarusian President Oleg Voronov discussed a potential meeting between Russian President Pavel Orlov and Ukrainian President Taras Shevchenko."],
    counterExamples: ["Belarusian President Oleg Voronov hosted a meeting between Russian President Pavel Orlov and Ukrainian President Taras Shevchenko."],
  },
  {
    id: "modality.conditional", effect: "drop", reading: "conditional",
    pattern: `if|unless|whether|should ~~{0,10} T=~`,
    examples: ["Armenian Prime Minister Aram Sargsyan will resign if he meets Azerbaijani President Elnur Aliyev."],
    counterExamples: ["Armenian Prime Minister Aram Sargsyan resigned after he met Azerbaijani President Elnur Aliyev."],
  },
  {
    id: "modality.instead", effect: "drop", reading: "not what happened",
    pattern: `instead|rather than ~~{0,3} T=~`,
    examples: ["Rather than meet Hungarian Prime Minister Zoltan Nagy, Slovak Prime Minister Peter Kovac flew home."],
    counterExamples: ["Before flying home, Slovak Prime Minister Peter Kovac met Hungarian Prime Minister Zoltan Nagy."],
  },
  {
    id: "modality.possible", effect: "drop", reading: "only possible",
    pattern: `could|might|may|can (@pre|be){0,3} T=~`,
    examples: ["Officials say Greek Prime Minister Nikos Pappas could meet Turkish President Emre Kaya in Athens next month."],
    counterExamples: ["Officials say Greek Prime Minister Nikos Pappas met Turkish President Emre Kaya in Athens last month."],
  },
  {
    id: "modality.future", effect: "announced", reading: "planned",
    pattern: `will|shall|'ll|would|going|gonna (@pre|@hold_verb|@det|DATE|be){0,4} T=~`,
    examples: [
      "Icelandic Prime Minister Helga Jonsdottir will meet Norwegian Prime Minister Erik Dahl in Oslo.",
      "Icelandic Prime Minister Helga Jonsdottir will hold talks with Norwegian Prime Minister Erik Dahl on Thursday evening.",
    ],
    counterExamples: ["Icelandic Prime Minister Helga Jonsdottir met Norwegian Prime Minister Erik Dahl in Oslo."],
  },
  {
    id: "modality.plan-to", effect: "announced", reading: "planned",
    pattern: `expected|scheduled|set|due|planning|plans|plan|planned|agreed|agrees|agree|agreeing|arranged|arranges|slated|poised|about|preparing|prepares|prepare|is|are|was|were|am|be to ~{0,3} T=~`,
    examples: ["Kenyan President Ruth Wanjiru is scheduled to meet Ugandan President Grace Okello in Kampala."],
    counterExamples: ["Kenyan President Ruth Wanjiru was scheduled to speak at a forum, and met Ugandan President Grace Okello in Kampala."],
  },
  {
    id: "modality.look-forward", effect: "announced", reading: "planned",
    pattern: `forward to (@pre){0,2} T=~`,
    examples: ["Estonian President Kaja Tamm looked forward to meeting Finnish President Mikko Aalto in Helsinki in May."],
    counterExamples: ["Estonian President Kaja Tamm met Finnish President Mikko Aalto in Helsinki in May."],
  },
  {
    id: "modality.planned-noun", effect: "announced", reading: "planned",
    pattern: `planned|scheduled|upcoming|expected|forthcoming|next|impending|pending|anticipated|awaited|long-awaited|preparatory (~){0,2} T=~`,
    examples: ["Markets rose ahead of the planned meeting between Japanese Prime Minister Kenji Sato and Korean President Min Park."],
    counterExamples: ["Markets rose after the meeting between Japanese Prime Minister Kenji Sato and Korean President Min Park."],
  },
  {
    id: "modality.ahead-of", effect: "announced", reading: "planned",
    pattern: `ahead|preparation|preparations|prepare|prepares|preparing of|for|to (@det|~){0,3} T=~`,
    examples: ["The ministers met ahead of a meeting between Croatian Prime Minister Ivo Maric and Serbian President Dragan Ilic."],
    counterExamples: ["The ministers met after a meeting between Croatian Prime Minister Ivo Maric and Serbian President Dragan Ilic."],
  },
];
