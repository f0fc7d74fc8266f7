// The word lists claims and places still read as regular-expression text
// (speech verbs, gatherings); the rule engine's lexicon is in lexicon/.

/** Verbs of saying, used to find who speaks a quotation or statement. */
export const SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "continued", "responded", "replied", "answered",
  "asked", "wrote", "writes", "noted", "notes", "stressed", "insisted", "explained", "warned", "declared",
  "tweeted", "posted", "stated", "remarked", "recalled", "argued", "acknowledged", "admitted", "conceded",
  "claimed", "announced", "reiterated", "emphasized", "emphasised", "observed", "quipped", "joked",
  "countered", "concluded", "cautioned", "complained", "boasted", "predicted", "promised", "vowed",
];

/** Verbs that characterise something in the speaker's own words ("Putin called the talks 'very constructive'"). */
export const CHARACTERISING_VERBS = ["called", "calls", "described", "describes", "termed", "dubbed", "labeled", "labelled", "characterized", "characterised", "hailed"];

/** Multilateral gatherings on whose margins bilateral meetings happen. */
export const EVENT_PATTERN =
  /\b(?:(?:the\s+)?(?:G-?(?:7|8|20)|Group of (?:Seven|Eight|20|Twenty)|APEC|ASEAN|BRICS|SCO|OSCE|NATO|EU|East Asia|Nuclear Security|Munich Security|World Economic|Shanghai Cooperation Organi[sz]ation|Asia-Pacific Economic Cooperation|Asia-Pacific|Commonwealth|CIS|COP\s?\d{1,2})(?:\s+(?:[Ll]eaders['’]?|[Ff]oreign [Mm]inisters['’]?))?(?:\s+(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Mm]eeting|[Mm]inisterial|gathering))?|(?:the\s+)?(?:U\.?N\.?|United Nations) General Assembly|UNGA)\b/g;
