// Word lists the extractors share. They describe English news prose in general
// (titles, speech verbs, institutions), never a particular article.

/** Words that introduce a name as a title ("President Biden", "Foreign Minister Lavrov"). */
export const TITLE_WORDS = new Set([
  "president", "presidents", "president-elect", "premier", "chancellor", "king", "queen", "prince", "princess",
  "emir", "sultan", "pope", "minister", "ministers", "secretary", "secretary-general", "undersecretary",
  "ambassador", "envoy", "adviser", "advisor", "aide", "spokesman", "spokeswoman", "spokesperson",
  "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
  "general", "gen.", "admiral", "adm.", "colonel", "col.", "lt.", "lieutenant", "capt.", "captain", "cmdr.",
  "commander", "sgt.", "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord", "chief", "director", "leader",
  "chairman", "chairwoman", "chair", "commissioner", "counselor", "counsellor", "negotiator", "official",
  "correspondent", "reporter", "photographer", "deputy", "coordinator", "diplomat", "ruler", "monarch",
  "dictator", "strongman", "counterpart", "attorney", "justice", "judge", "speaker", "ceo", "analyst", "head",
  "columnist", "editor", "professor", "prof.", "economist", "historian",
]);

/** Lowercase or capitalised words that may stand inside a role phrase ("Chief of the General Staff"). */
export const ROLE_WORDS = new Set([
  ...TITLE_WORDS,
  "vice", "prime", "foreign", "defense", "defence", "interior", "finance", "treasury", "state", "security",
  "national", "special", "top", "senior", "former", "then", "acting", "staff", "affairs", "political",
  "council", "general", "first", "lady", "crown", "supreme", "armed", "forces", "press", "assistant",
  "under", "principal", "executive", "military", "intelligence", "presidential", "white", "house", "cabinet",
  "joint", "chiefs", "commerce", "energy", "trade", "economic", "development", "office", "policy", "bureau",
  "department", "ministry", "agency", "services", "service", "homeland", "navy", "army", "air", "force",
  "personal", "chief-of-staff", "legal", "strategic", "communications", "director-general", "deputy-chief",
  "class", "specialist", "mass", "communication", "commanding", "officer", "sitting", "incoming", "outgoing",
  "longtime", "veteran", "team", "lead", "u.n.", "kremlin", "pentagon",
]);

export const ROLE_CONNECTORS = new Set(["of", "for", "to", "the", "on", "in-charge"]);

/** Institutions whose name stands for a side ("Kremlin spokesman"). */
export const INSTITUTION_SIDES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bKremlin\b/, "Russia"],
  [/\bWhite House\b|\bPentagon\b|\bState Department\b|\bOval Office\b|\bNational Security Council\b/, "United States"],
  [/\bDowning Street\b|\bWhitehall\b/, "United Kingdom"],
  [/\b[ÉE]lys[ée]e\b|\bQuai d'Orsay\b/, "France"],
  [/\bZhongnanhai\b/, "China"],
  [/\bNATO\b/, "NATO"],
  [/\bEuropean Union\b|\bEU\b|\bEuropean Commission\b/, "European Union"],
  [/\bUnited Nations\b|\bU\.N\.|\bUN\b/, "United Nations"],
];

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

/** Capitalised words that begin sentences or headings and never begin a name. */
export const NOT_NAME_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "in", "on", "at", "for", "but", "and", "or",
  "as", "if", "when", "while", "after", "before", "later", "earlier", "also", "however", "both", "neither",
  "during", "following", "despite", "since", "until", "with", "without", "from", "by", "to", "of", "so",
  "yet", "still", "then", "there", "here", "what", "who", "whom", "whose", "which", "why", "how", "where",
  "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "my", "your", "some", "many", "most",
  "all", "any", "each", "every", "no", "not", "one", "two", "three", "first", "second", "third", "last",
  "next", "new", "other", "another", "such", "more", "less", "few", "several", "key", "top", "read",
  "catch", "latest", "big", "picture", "what's", "who's", "subscribe", "follow", "share", "photo", "image",
  "credit", "analysis", "opinion", "news", "update", "updated", "live", "breaking", "watch", "related",
  "mr", "mrs", "ms", "dr", "today", "yesterday", "tomorrow", "tonight", "now", "only", "even", "just",
  "meanwhile", "moreover", "furthermore", "instead", "thus", "therefore", "indeed", "perhaps", "regarding",
  "notably", "overall", "ultimately", "finally", "conversely", "similarly", "likewise", "although", "though",
  "because", "whether", "once", "under", "over", "about", "against", "between", "among", "into", "onto",
  "upon", "via", "per", "like", "unlike", "than", "my", "yes", "ok", "okay", "hey", "well", "pros", "cons",
  "call", "action", "context", "background", "future", "outlook", "takeaways", "summary", "president",
]);

/** Words that mark a capitalised run as an organisation, place or thing rather than a person. */
export const NON_PERSON_HEADS = new Set([
  "house", "office", "department", "ministry", "council", "kremlin", "summit", "agency", "times", "post",
  "news", "press", "union", "nations", "organization", "organisation", "treaty", "act", "accord", "accords",
  "agreement", "committee", "party", "administration", "government", "court", "bank", "fund", "institute",
  "university", "foundation", "group", "forum", "street", "castle", "palace", "base", "airport", "hotel",
  "center", "centre", "hall", "estate", "ranch", "residence", "mansion", "lodge", "building", "embassy",
  "resort", "manor", "villa", "square", "avenue", "bridge", "river", "lake", "sea", "ocean", "gulf", "bay",
  "mountains", "island", "islands", "peninsula", "region", "province", "state", "states", "republic",
  "kingdom", "federation", "war", "crisis", "conference", "assembly", "parliament", "congress", "senate",
  "duma", "cabinet", "alliance", "coalition", "army", "navy", "force", "forces", "guard", "command",
  "station", "program", "programme", "project", "initiative", "process", "plan", "strategy", "doctrine",
  "declaration", "charter", "protocol", "convention", "talks", "meeting", "channel", "communication",
  "dialogue", "relations", "policy", "security", "affairs", "service", "services", "company", "corporation",
  "inc", "ltd", "llc", "journal", "magazine", "review", "network", "television", "radio", "channel",
  "statecraft", "qiosk", "newsletter", "takeaways", "outlook", "background", "analysis", "europe", "america",
  "asia", "africa", "east", "west", "north", "south", "day", "week", "month", "year", "circle", "class",
  "crises", "terror", "deportation", "cyberattack", "attack", "invasion", "annexation", "space", "arctic",
  "pacific", "atlantic", "baltic", "nordic", "balkans", "caucasus", "eurasia", "oceania", "americas", "mediterranean",
  "middle", "eastern", "western", "northern", "southern", "central", "economic", "cooperation", "high", "school",
  "cup", "games", "olympics", "championship", "tournament", "festival", "expo", "gate", "room", "tower", "stadium", "cosmodrome",
]);

/** Month names and abbreviations to month numbers (1-12). Null-prototype, as they are looked up by words of the text ("constructor"). */
export const MONTHS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
});
export const WEEKDAYS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Multilateral gatherings on whose margins bilateral meetings happen. */
export const EVENT_PATTERN =
  /\b(?:(?:the\s+)?(?:G-?(?:7|8|20)|Group of (?:Seven|Eight|20|Twenty)|APEC|ASEAN|BRICS|SCO|OSCE|NATO|EU|East Asia|Nuclear Security|Munich Security|World Economic|Shanghai Cooperation Organi[sz]ation|Asia-Pacific Economic Cooperation|Asia-Pacific|Commonwealth|CIS|COP\s?\d{1,2})(?:\s+(?:[Ll]eaders['’]?|[Ff]oreign [Mm]inisters['’]?))?(?:\s+(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Mm]eeting|[Mm]inisterial|gathering))?|(?:the\s+)?(?:U\.?N\.?|United Nations) General Assembly|UNGA)\b/g;
