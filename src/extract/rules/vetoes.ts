// Vetoes: readings of a trigger that look like an encounter and are not —
// "calls X a dictator", "called on X to", "called for", "received X's letter".
// A veto matches with `T=~` on the candidate's trigger and removes it.

import type { RuleRow } from "./types.js";

export interface VetoRow extends RuleRow {
  readonly pattern: string;
  readonly reading: string;
}

export const VETOES: readonly VetoRow[] = [
  {
    id: "veto.calls-x-a", reading: "'calls X a …' names, it does not telephone",
    pattern: `T=call|calls|called|calling PEOPLE a|an|the|his|her|their|its|"|“|'|‘|one|someone|"a|both|also|too|so|as|just|only|simply|nothing|weak|strong|great|good|bad|wonderful|terrible|brilliant|decent|smart|stupid|crazy|dangerous|incompetent`,
    examples: ["Chilean President Tomas Vidal calls Bolivian President Raul Mendez a dictator."],
    counterExamples: ["Chilean President Tomas Vidal calls Bolivian President Raul Mendez on Sunday."],
  },
  {
    id: "veto.called-on-to", reading: "'called on X to …' is an appeal",
    pattern: `T=call|calls|called|calling on|upon PEOPLE ~{0,4} to`,
    examples: ["Austrian Chancellor Lukas Huber called on Czech Prime Minister Tomas Novak to reopen the border."],
    counterExamples: ["Austrian Chancellor Lukas Huber called Czech Prime Minister Tomas Novak to discuss the border."],
  },
  {
    id: "veto.possessed-object", reading: "the object is someone's thing ('received X's letter', 'visited X's grave')",
    pattern: `T=@host_verb|@visit_verb|@call_verb|meet|meets|met PEOPLE @possessive`,
    examples: ["Ecuadorian President Daniel Soto received Peruvian President Rosa Diaz's letter on Monday."],
    counterExamples: ["Ecuadorian President Daniel Soto received Peruvian President Rosa Diaz on Monday."],
  },
  {
    id: "veto.met-with-reaction", reading: "'was met with criticism' is a reaction",
    pattern: `@be T=met with`,
    examples: ["The decision by Ecuadorian President Daniel Soto was met with anger by Peruvian President Rosa Diaz."],
    counterExamples: ["Ecuadorian President Daniel Soto met with Peruvian President Rosa Diaz."],
  },
  {
    id: "veto.press-conference", reading: "a press conference is an audience of reporters",
    pattern: `press|news|joint|peace|donor|donors|international|climate|security|annual T=conference|conferences`,
    examples: ["Ecuadorian President Daniel Soto and Peruvian President Rosa Diaz held a joint press conference."],
    counterExamples: ["Ecuadorian President Daniel Soto and Peruvian President Rosa Diaz held a video conference."],
  },
  {
    id: "veto.separate", reading: "separate calls or meetings are not one between the people named",
    pattern: `separate|separately|individual|respective|parallel ~{0,1} T=~`,
    examples: ["Serbian President Dragan Ilic and Croatian Prime Minister Ivo Maric held separate meetings with the envoy."],
    counterExamples: ["Serbian President Dragan Ilic and Croatian Prime Minister Ivo Maric held a meeting with the envoy."],
  },
  {
    id: "veto.speak-to-audience", reading: "speaking to reporters or a crowd is not a talk between the speakers",
    pattern: `T=@talk_verb to|with|before|at ~{0,2} reporters|journalists|press|media|crowd|crowds|supporters|audience|lawmakers|parliament|congress|students|troops|workers|nation|people|reporter|diplomats|delegates|officials`,
    examples: ["Ecuadorian President Daniel Soto and Peruvian President Rosa Diaz spoke to reporters in Quito on Monday."],
    counterExamples: ["Ecuadorian President Daniel Soto and Peruvian President Rosa Diaz speak by phone."],
  },
  {
    id: "veto.speak-of", reading: "'spoke of X', 'talked about X' is about someone, not with them",
    pattern: `T=@talk_verb of|about|highly|fondly|warmly PEOPLE`,
    examples: ["Ecuadorian President Daniel Soto spoke highly of Peruvian President Rosa Diaz."],
    counterExamples: ["Ecuadorian President Daniel Soto spoke with Peruvian President Rosa Diaz."],
  },
];
