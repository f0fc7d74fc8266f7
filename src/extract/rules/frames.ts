// Meeting patterns: the ways news writes "X met Y", one row each. A pattern
// names its trigger `T` and the captures whose people take part (`A`, `B`).
// Patterns are matched over units (see match/engine.ts), so one PERSON unit
// covers "U.S. Secretary of State Marco Rubio" or "Ahmed al-Sharaa, de facto
// leader of Syria,". Modality (plans, hopes, refusals) and vetoes are separate
// tables applied to whatever a frame finds.

import type { Mode } from "../../schema.js";
import type { Unit } from "../match/engine.js";
import type { RuleRow } from "./types.js";

export interface FrameRow extends RuleRow {
  readonly pattern: string;
  /** Captures whose persons take part, principals first. */
  readonly parties: readonly string[];
  /** The mode the frame itself fixes (a call frame), else the trigger's. */
  readonly mode?: Mode;
  /** "to meet" after a verb of travelling reports the meeting, not a plan. */
  readonly purpose?: boolean;
  /** The trigger is a bare noun phrase ("the meeting between", "Trump's call with"): undated in a report, it refers back. */
  readonly reference?: boolean;
  /** Joint signings and hosted ceremonies: held in one room. */
  readonly ceremony?: boolean;
  /** Only an encounter where the sentence before (in the same story) spoke of meetings or calls it did not date. */
  readonly context?: boolean;
  /** A further condition on the match (e.g. the person told is of the country visited). */
  readonly check?: (captures: ReadonlyMap<string, readonly Unit[]>) => boolean;
}

/** Between a subject and its verb: auxiliaries, modals, adverbs, negation, a date. */
const PRE = "(@pre|DATE){0,6}";
/** The subject of a sentence: its first people, after no more than a date, a preposition or an adverb. */
const SUBJECT = "^ (DATE|@pre|@around|@det|,){0,4} A=PEOPLE";
/** Small words and modifiers before a meeting noun: "a two-hour", "their first", "a phone". */
const NOUN_LEAD = "( @det | PLACE|DATE|EVENT|ORG | !to|that|which|who|and|or|but|if|when|as|because|said|says ){0,4}";
const TALK_NOUN = "@meeting_noun|@call_noun|@video_noun";
const LINK = "(@by the? @link)?";

export const FRAMES: readonly FrameRow[] = [
  {
    id: "frame.meet-with",
    pattern: `A=PEOPLE ${PRE} T=@meet_verb|@meal_verb ( in|at|on|during ~{0,6} ,? )? with|alongside B=PEOPLE`,
    parties: ["A", "B"],
    examples: [
      "Austrian Chancellor Lukas Huber meets with Czech Prime Minister Tomas Novak in Vienna.",
      "The Irish foreign minister, Aoife Byrne, meets in Dublin with Canadian Foreign Minister Claire Roy.",
    ],
    counterExamples: ["Austrian Chancellor Lukas Huber meets with reporters in Vienna."],
  },
  {
    id: "frame.meet-object",
    pattern: `A=PEOPLE ${PRE} T=meet|meets|met B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Lithuanian President Rasa Petraitis met Latvian Prime Minister Janis Ozols in Riga."],
    counterExamples: ["Lithuanian President Rasa Petraitis met the deadline."],
  },
  {
    id: "frame.sit-down-with",
    pattern: `A=PEOPLE ${PRE} T=@sit_verb down with B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Mexican President Luis Ortega sat down with Guatemalan President Ana Lopez for two hours."],
    counterExamples: ["Mexican President Luis Ortega sat down with the editorial board."],
  },
  {
    id: "frame.talk-with",
    pattern: `A=PEOPLE ${PRE} T=@talk_verb ${LINK} with|to B=PEOPLE`,
    parties: ["A", "B"],
    examples: [
      "Spanish Prime Minister Javier Ruiz spoke by phone with Portuguese Prime Minister Rui Costa on Monday.",
      "Norwegian Foreign Minister Ida Berg spoke with Danish Foreign Minister Lars Holm about fishing rights.",
    ],
    counterExamples: ["Norwegian Foreign Minister Ida Berg spoke to the press about fishing rights."],
  },
  {
    id: "frame.host",
    pattern: `A=PEOPLE ${PRE} T=@host_verb B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Egyptian President Karim Nasser received Jordanian Foreign Minister Omar Haddad in Cairo."],
    counterExamples: ["Egyptian President Karim Nasser received a letter from the council."],
  },
  {
    id: "frame.confront-at",
    pattern: `A=PEOPLE ${PRE} T=@confront_verb B=PEOPLE ~{0,5} PLACE`,
    parties: ["A", "B"],
    examples: ["Chilean President Tomas Vidal confronted Peruvian President Rosa Diaz at the palace in Lima."],
    counterExamples: ["Chilean President Tomas Vidal confronted critics in Lima."],
  },
  {
    id: "frame.visit-person",
    pattern: `A=PEOPLE ${PRE} T=@visit_verb B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Indian Prime Minister Ravi Kumar visited Nepalese Prime Minister Sita Thapa in Kathmandu."],
    counterExamples: ["Indian Prime Minister Ravi Kumar visited Kathmandu."],
  },
  {
    id: "frame.call-object",
    pattern: `A=PEOPLE ${PRE} T=@call_verb B=PEOPLE`,
    parties: ["A", "B"], mode: "remote",
    examples: ["Turkish President Emre Kaya phoned Azerbaijani President Elnur Aliyev on Sunday."],
    counterExamples: ["Turkish President Emre Kaya phoned the governor of Izmir."],
  },
  {
    id: "frame.hold-noun-with",
    pattern: `A=PEOPLE ${PRE} @hold_verb ${NOUN_LEAD} T=${TALK_NOUN} ${LINK} with B=PEOPLE`,
    parties: ["A", "B"],
    examples: [
      "Kazakh President Nurlan Bekov holds talks with Uzbek President Timur Karimov in Astana.",
      "Ghanaian President Kofi Mensah had a phone conversation with Nigerian President Bola Adeyemi.",
    ],
    counterExamples: ["Kazakh President Nurlan Bekov holds talks with mining companies in Astana."],
  },
  {
    id: "frame.reciprocal-verb",
    pattern: `A=PEOPLE2 ${PRE} T=@meet_verb|@talk_verb|@discuss_verb|@sit_verb ${LINK}`,
    parties: ["A"],
    examples: [
      "Slovak Prime Minister Peter Kovac and Hungarian Prime Minister Zoltan Nagy meet in Bratislava.",
      "Finnish President Mikko Aalto and Estonian President Kaja Tamm speak by telephone about the cable.",
    ],
    counterExamples: ["Slovak Prime Minister Peter Kovac and his cabinet meet in Bratislava."],
  },
  {
    id: "frame.reciprocal-noun",
    pattern: `A=PEOPLE2 ${PRE} @hold_verb ${NOUN_LEAD} T=${TALK_NOUN}`,
    parties: ["A"],
    examples: ["Thai Prime Minister Somchai Wong and Lao President Khamla Vong hold a meeting in Vientiane."],
    counterExamples: ["Thai Prime Minister Somchai Wong and Lao President Khamla Vong hold a press conference."],
  },
  {
    id: "frame.noun-between",
    pattern: `T=${TALK_NOUN} ~{0,6} between B=PEOPLE2`,
    parties: ["B"], reference: true,
    examples: ["A meeting between Bulgarian President Georgi Ivanov and Romanian President Ion Popescu ends without agreement."],
    counterExamples: ["A meeting between Bulgarian and Romanian officials ends without agreement."],
  },
  {
    id: "frame.fronted-gerund",
    pattern: `after|following|before|upon|during ( @hold_verb ${NOUN_LEAD} T=${TALK_NOUN} ~{0,4} with | T=meeting with? | T=@talk_verb ${LINK} with ) B=PEOPLE ~{0,10} , A=PEOPLE`,
    parties: ["A", "B"],
    examples: ["After holding a telephone call with Korean President Min Park, Japanese Prime Minister Kenji Sato says trade talks will resume."],
    counterExamples: ["After holding a telephone call with executives, Japanese Prime Minister Kenji Sato says trade talks will resume."],
  },
  {
    id: "frame.fronted-noun-with",
    pattern: `@around ${NOUN_LEAD} T=${TALK_NOUN} ~{0,6} with B=PEOPLE ~{0,10} , A=PEOPLE`,
    parties: ["A", "B"],
    examples: [
      "Following a call with Colombian President Camilo Reyes, Ecuadorian President Daniel Soto lifts the tariffs.",
      "During a meeting at the palace with Belgian King Albert Marchal, Dutch Prime Minister Eva de Vries praises the plan.",
    ],
    counterExamples: ["Following a call with investors, Ecuadorian President Daniel Soto lifts the tariffs."],
  },
  {
    id: "frame.visit-noun-with",
    pattern: `A=PEOPLE ~{0,16} T=visit|trip to PLACE with B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Scottish First Minister Ailsa Reid spoke during a visit to Ireland with Irish Taoiseach Sean Kelly."],
    counterExamples: ["Scottish First Minister Ailsa Reid spoke during a visit to Ireland with her family."],
  },
  {
    id: "frame.subject-in-meeting",
    pattern: `A=PEOPLE , in|during ${NOUN_LEAD} T=${TALK_NOUN} ~{0,3} with B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Nepalese Prime Minister Sita Thapa, in a meeting with Bhutanese King Jigme Dorji, raised the refugee issue."],
    counterExamples: ["Nepalese Prime Minister Sita Thapa, in a meeting with donors, raised the refugee issue."],
  },
  {
    id: "frame.fronted-their",
    pattern: `@around their (~){0,3} T=${TALK_NOUN} ~{0,10} , A=PEOPLE2`,
    parties: ["A"],
    examples: ["At their summit in Lima last week, Peruvian President Rosa Diaz and Chilean President Tomas Vidal agreed to share water."],
    counterExamples: ["At their summit in Lima last week, Peruvian President Rosa Diaz agreed to share water."],
  },
  {
    id: "frame.trailing-noun-with",
    pattern: `${SUBJECT} !, ~~{0,35} @around (@hold_verb|@det|~){0,5} T=${TALK_NOUN} ~{0,4} with B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Tunisian President Sami Ben Ali announces a new trade deal, following a call with Italian Prime Minister Marco Conti."],
    counterExamples: ["Tunisian President Sami Ben Ali announces a new trade deal, following a call with business leaders."],
  },
  {
    id: "frame.noun-relative",
    pattern: `T=${TALK_NOUN} that|which? A=PEOPLE (@pre){0,2} @hold_verb|conducted|made|placed with B=PEOPLE`,
    parties: ["A", "B"], reference: true,
    examples: ["The court examined the phone calls Thai Prime Minister Suda Chai had with Cambodian Prime Minister Sok Vanna."],
    counterExamples: ["The court examined the phone calls Thai Prime Minister Suda Chai had with journalists."],
  },
  {
    id: "frame.possessive-noun",
    pattern: `A=PERSON|NAME @possessive ${NOUN_LEAD} T=${TALK_NOUN} ~{0,3} with B=PEOPLE`,
    parties: ["A", "B"], reference: true,
    examples: ["Brazilian President Lucas Pereira's meeting with Argentine President Elena Quiroga ended early."],
    counterExamples: ["Brazilian President Lucas Pereira's meeting with farmers ended early."],
  },
  {
    id: "frame.passive",
    pattern: `B=PEOPLE @be (@pre){0,2} T=received|hosted|welcomed|greeted|met|visited|phoned|called by A=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Malian President Amadou Keita was received by Senegalese President Macky Diallo in Dakar."],
    counterExamples: ["Malian President Amadou Keita was received by cheering crowds in Dakar."],
  },
  {
    id: "frame.travel-to-meet",
    pattern: `A=PEOPLE ${PRE} @travel_verb ~{0,16} to ( T=@meet_verb|@talk_verb|@sit_verb down? with? | @hold_verb ${NOUN_LEAD} T=${TALK_NOUN} with ) B=PEOPLE`,
    parties: ["A", "B"], purpose: true,
    examples: ["Syrian Foreign Minister Rami Haddad travels to Amman to meet with Jordanian King Faisal Hashem."],
    counterExamples: ["Syrian Foreign Minister Rami Haddad travels to Amman to meet with aid groups."],
  },
  {
    id: "frame.visit-by-to",
    pattern: `T=visit|trip|talks by A=PEOPLE ~{0,4} to discuss|meet|talk|confer ~{0,10} with B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Markets rallied after a visit by Kenyan President Ruth Wanjiru to discuss trade with Tanzanian President Amani Mushi."],
    counterExamples: ["Markets rallied after a visit by Kenyan President Ruth Wanjiru to discuss trade with local farmers."],
  },
  {
    id: "frame.agree-during",
    pattern: `A=PEOPLE2 ~{1,16} during|in|on|over|after|following (@det|~){0,3} T=${TALK_NOUN}`,
    parties: ["A"],
    examples: ["Serbian President Dragan Ilic and Croatian Prime Minister Ivo Maric agree to reopen the border during a phone call."],
    counterExamples: ["Serbian President Dragan Ilic and Croatian Prime Minister Ivo Maric each agree to reopen the border, in separate calls with the European Commission."],
  },
  {
    id: "frame.noun-involving",
    pattern: `T=${TALK_NOUN} ~{0,8} involving B=PEOPLE2`,
    parties: ["B"], reference: true,
    examples: ["Talks in Doha involving Qatari Prime Minister Khalid Thani and Kenyan President Ruth Wanjiru end on Monday."],
    counterExamples: ["Talks in Doha involving several ministries end on Monday."],
  },
  {
    id: "frame.in-meeting-told",
    pattern: `in ${NOUN_LEAD} T=${TALK_NOUN} ~{0,5} ,? A=PEOPLE (@pre){0,4} ( @be @tell_verb by | ~ ) B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["In a phone call on Tuesday, Kenyan President Ruth Wanjiru urged Tanzanian President Amani Mushi to reopen the border."],
    counterExamples: ["In a speech on Tuesday, Kenyan President Ruth Wanjiru urged Tanzanian President Amani Mushi to reopen the border."],
  },
  {
    id: "frame.call-made-by",
    pattern: `T=@call_noun made|placed by A=PEOPLE ~{0,5} to B=PEOPLE`,
    parties: ["A", "B"], mode: "remote",
    examples: ["The summary covers a phone call made by Canadian Prime Minister Anne Leblanc last May to Irish Taoiseach Sean Kelly."],
    counterExamples: ["The summary covers a phone call made by Canadian Prime Minister Anne Leblanc last May to a radio show."],
  },
  {
    id: "frame.received-call-from",
    pattern: `B=PEOPLE ${PRE} received|receives|got|gets|took|takes ${NOUN_LEAD} T=@call_noun from A=PEOPLE`,
    parties: ["A", "B"], mode: "remote",
    examples: ["Czech President Jana Dvorak received a phone call from Slovak President Peter Kovac on Friday."],
    counterExamples: ["Czech President Jana Dvorak received a phone call from a journalist on Friday."],
  },
  {
    id: "frame.joined-for",
    pattern: `A=PEOPLE ${PRE} joined|joins B=PEOPLE for|in ${NOUN_LEAD} T=${TALK_NOUN}`,
    parties: ["A", "B"],
    examples: ["Swiss President Anna Keller joined Austrian Chancellor Lukas Huber for a video call on Thursday."],
    counterExamples: ["Swiss President Anna Keller joined Austrian Chancellor Lukas Huber in condemning the attack."],
  },
  {
    id: "frame.signing-hosted",
    pattern: `A=PEOPLE2 ${PRE} T=@sign_verb ~{0,14} hosted|witnessed by B=PEOPLE`,
    parties: ["A", "B"], ceremony: true,
    examples: ["Eritrean President Isaias Tekle and Ethiopian Prime Minister Dawit Bekele sign a peace accord in Nairobi, hosted by Kenyan President Ruth Wanjiru."],
    counterExamples: ["Eritrean President Isaias Tekle signs a decree in Asmara, hosted by nobody."],
  },
  {
    id: "frame.joint-signing",
    pattern: `A=PEOPLE2 ${PRE} T=@sign_verb`,
    parties: ["A"], ceremony: true,
    examples: ["Georgian Prime Minister Irakli Beridze and Armenian Prime Minister Aram Sargsyan sign a transit agreement in Tbilisi."],
    counterExamples: ["Georgian Prime Minister Irakli Beridze and his cabinet sign a transit agreement in Tbilisi."],
  },
  {
    id: "frame.pair-noun",
    pattern: `A=PERSON|NAME -|–|— B=PERSON|NAME ~{0,2} T=${TALK_NOUN}`,
    parties: ["A", "B"], reference: true,
    examples: ["Analysts expect little from the Mensah-Adeyemi summit after Ghanaian President Kofi Mensah and Nigerian President Bola Adeyemi were named."],
    counterExamples: ["Analysts expect little from the Mensah-Adeyemi rivalry after Ghanaian President Kofi Mensah and Nigerian President Bola Adeyemi were named."],
  },
  {
    id: "frame.their-meeting",
    pattern: `A=PEOPLE2 ~{0,10} their ~{0,3} T=${TALK_NOUN}`,
    parties: ["A"], reference: true,
    examples: ["Polish President Jan Nowak and Czech President Jana Dvorak praised their talks in Warsaw."],
    counterExamples: ["Polish President Jan Nowak and Czech President Jana Dvorak addressed their parliaments."],
  },
  {
    id: "frame.travel-and-tell",
    pattern: `A=PEOPLE ${PRE} @travel_verb to? P=PLACE ~{0,12} and (@pre){0,2} T=@tell_verb B=PEOPLE`,
    parties: ["A", "B"],
    check: (c) => {
      const place = c.get("P")?.[0]?.ref as { country?: string | null; city?: string | null } | undefined;
      const person = c.get("B")?.find((u) => u.type === "PERSON")?.ref as { side?: string | null } | undefined;
      return !!place?.country && !!person?.side && place.country === person.side;
    },
    examples: ["Italian Foreign Minister Marco Conti travels to Tunisia and urges Tunisian President Sami Ben Ali to curb departures."],
    counterExamples: ["Italian Foreign Minister Marco Conti travels to Tunisia and urges Libyan President Omar Salem to curb departures."],
  },
  {
    id: "frame.told-in-context",
    pattern: `A=PEOPLE ${PRE} T=@tell_verb B=PEOPLE`,
    parties: ["A", "B"], context: true,
    examples: ["After the summit there were several phone calls. In May 2023, Polish President Jan Nowak warned Czech President Jana Dvorak of the risks."],
    counterExamples: ["Polish President Jan Nowak warned Czech President Jana Dvorak of the risks in a newspaper column."],
  },
  {
    id: "frame.coordinated-verb",
    pattern: `A=PEOPLE ~{1,12} and (@pre){0,3} ( T=@meet_verb with? | T=@host_verb | T=@sit_verb down with | T=@talk_verb ${LINK} with ) B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Qatari envoy Khalid Thani visits Gaza and meets with Israeli Prime Minister Avi Levin."],
    counterExamples: ["Qatari envoy Khalid Thani visits Gaza and meets with aid workers."],
  },
  {
    id: "frame.shake-hands",
    pattern: `${SUBJECT} ~~{0,24} T=@shake_verb hands with B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Cuban President Raul Soto crossed the square to shake hands with Venezuelan President Luis Mora."],
    counterExamples: ["Cuban President Raul Soto crossed the square to shake hands with the crowd."],
  },
  {
    id: "frame.purpose-verb",
    pattern: `A=PEOPLE ~{1,8} to T=@call_verb|@meet_verb|@host_verb B=PEOPLE`,
    parties: ["A", "B"],
    examples: ["Czech President Jana Dvorak left the session early to phone Slovak President Peter Kovac."],
    counterExamples: ["Czech President Jana Dvorak left the session early to phone her lawyers."],
  },
];
