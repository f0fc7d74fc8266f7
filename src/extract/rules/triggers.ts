// Triggers: the words that report people meeting or talking, one row per
// sense, after the consult vocabulary of the event-coding standards (CAMEO
// 040–046, PLOVER CONSULT): meet, hold talks, host, receive, welcome, visit,
// confer, phone, call, speak by phone, videoconference, lunch or dinner with,
// an audience with. Each row gives the word forms, the macro they join (what
// meeting patterns refer to) and the mode the word alone implies (null: the
// text does not say whether they met or spoke apart).

import type { Mode } from "../../schema.js";
import type { RuleRow } from "./types.js";

export interface TriggerRow extends RuleRow {
  readonly forms: readonly string[];
  /** The macro these forms belong to (`@meet_verb` in a pattern). */
  readonly macro: string;
  readonly mode: Mode | null;
  /** Forms that say it was a summit or a video link. */
  readonly summit?: boolean;
  readonly video?: boolean;
}

export const TRIGGERS: readonly TriggerRow[] = [
  {
    id: "trigger.meet", macro: "meet_verb", mode: "in-person",
    forms: ["meet", "meets", "met", "meeting"],
    examples: ["Chilean Foreign Minister Pablo Reyes meets with Argentine President Elena Quiroga in Santiago."],
    counterExamples: ["The new rules meet the standards set by regulators."],
  },
  {
    id: "trigger.meal", macro: "meal_verb", mode: "in-person",
    forms: ["lunch", "lunches", "lunched", "dine", "dines", "dined", "breakfasted", "breakfasts"],
    examples: ["Portuguese President Rui Costa lunches with Spanish King Felipe Borbon in Lisbon."],
    counterExamples: ["Portuguese President Rui Costa lunches in Lisbon."],
  },
  {
    id: "trigger.sit-down", macro: "sit_verb", mode: "in-person",
    forms: ["sit", "sits", "sat", "sitting"],
    examples: ["Dutch Prime Minister Pieter Jansen sat down with Belgian Prime Minister Luc Peeters in Ghent."],
    counterExamples: ["Dutch Prime Minister Pieter Jansen sat in the front row."],
  },
  {
    id: "trigger.host", macro: "host_verb", mode: "in-person",
    forms: ["host", "hosts", "hosted", "hosting", "receive", "receives", "received", "receiving", "welcome", "welcomes",
      "welcomed", "welcoming", "greet", "greets", "greeted", "greeting", "entertained", "entertains"],
    examples: ["Kenyan President Daniel Mwangi hosts Ugandan President Grace Okello at State House in Nairobi."],
    counterExamples: ["Kenyan President Daniel Mwangi welcomes the court's decision."],
  },
  {
    id: "trigger.confront", macro: "confront_verb", mode: "in-person",
    forms: ["confront", "confronts", "confronted", "embrace", "embraces", "embraced"],
    examples: ["Peruvian President Ana Flores confronts Bolivian President Raul Mendez at the palace in Lima."],
    counterExamples: ["Peruvian President Ana Flores confronts the crisis head-on."],
  },
  {
    id: "trigger.handshake", macro: "shake_verb", mode: "in-person",
    forms: ["shake", "shakes", "shook", "shaking", "shaken"],
    examples: ["Serbian President Dragan Ilic stepped onto the stage to shake hands with Croatian Prime Minister Ivo Maric."],
    counterExamples: ["Serbian President Dragan Ilic said the result would shake the region."],
  },
  {
    id: "trigger.visit", macro: "visit_verb", mode: "in-person",
    forms: ["visit", "visits", "visited", "visiting"],
    examples: ["Indian Prime Minister Ravi Kumar visited Russian President Pavel Orlov at his residence."],
    counterExamples: ["Indian Prime Minister Ravi Kumar visited a flood-hit village."],
  },
  {
    id: "trigger.talk", macro: "talk_verb", mode: null,
    forms: ["talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "spoken", "speaking", "confer", "confers",
      "conferred", "conferring", "chat", "chats", "chatted", "converse", "conversed", "consult", "consults", "consulted"],
    examples: ["Swedish Prime Minister Karin Lund spoke with Finnish President Mikko Aalto about the border."],
    counterExamples: ["Swedish Prime Minister Karin Lund spoke to reporters about the border."],
  },
  {
    id: "trigger.discuss", macro: "discuss_verb", mode: null,
    forms: ["discuss", "discusses", "discussed", "negotiate", "negotiates", "negotiated"],
    examples: ["Greek Prime Minister Nikos Pappas and Cypriot President Elena Georgiou discuss the maritime dispute."],
    counterExamples: ["Greek Prime Minister Nikos Pappas discusses the maritime dispute in a speech."],
  },
  {
    id: "trigger.phone-verb", macro: "call_verb", mode: "remote",
    forms: ["call", "calls", "called", "calling", "phone", "phones", "phoned", "phoning", "telephone", "telephones",
      "telephoned", "ring", "rings", "rang"],
    examples: ["Polish President Jan Nowak called Lithuanian President Rasa Petraitis to discuss the pipeline."],
    counterExamples: ["Polish President Jan Nowak called Lithuanian President Rasa Petraitis a liar."],
  },
  {
    id: "trigger.meeting-noun", macro: "meeting_noun", mode: "in-person",
    forms: ["meeting", "meetings", "talks", "summit", "summits", "sit-down", "encounter", "encounters", "audience",
      "tete-a-tete", "tête-à-tête", "bilateral", "bilaterals", "negotiations", "consultations", "discussions",
      "discussion", "lunch", "dinner", "breakfast", "luncheon", "banquet", "dialogue", "huddle", "visit", "trip"],
    summit: true,
    examples: ["The meeting between Croatian Prime Minister Ivo Maric and Serbian President Dragan Ilic lasted two hours."],
    counterExamples: ["The meeting between the two boards lasted two hours."],
  },
  {
    id: "trigger.call-noun", macro: "call_noun", mode: "remote",
    forms: ["call", "calls", "phone", "telephone", "phonecall", "conversation", "conversations", "teleconference",
      "conference-call", "hotline"],
    examples: ["Following a phone call with Brazilian President Luiz Costa, Chilean President Ana Rojas announces new tariffs."],
    counterExamples: ["Following a call for calm, Chilean President Ana Rojas announces new tariffs."],
  },
  {
    id: "trigger.video", macro: "video_noun", mode: "remote", video: true,
    forms: ["videoconference", "videoconferences", "video-conference", "videocall", "videolink", "teleconference", "conference"],
    examples: ["Japanese Prime Minister Kenji Sato and Korean President Min Park held a videoconference on trade."],
    counterExamples: ["Japanese Prime Minister Kenji Sato posted a video on trade."],
  },
];

/** Forms that say the talk was by phone or video wherever they stand near a trigger. */
export const PHONE_WORDS = new Set(["phone", "telephone", "phoned", "telephoned", "phones", "phonecall", "call", "calls", "hotline", "teleconference"]);
export const VIDEO_WORDS = new Set(["video", "videoconference", "video-conference", "videocall", "virtual", "virtually", "online", "zoom", "videolink"]);
