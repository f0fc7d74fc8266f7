// Words of roles and titles in English news prose: what stands before or after
// a name and says it is a person's ("Russian Foreign Minister", "a US peace
// envoy", "guitarist"). General vocabulary only, never one article's words.

import { wordSet } from "../tokens.js";

/**
 * Heads of role phrases: the noun that makes "X Y NAME" a person with a role.
 * Heads of state or government are listed apart: talks between two of them are
 * a summit.
 */
export const LEADER_TITLES = wordSet([
  "president", "presidents", "president-elect", "premier", "premiers", "chancellor", "taoiseach", "king", "queen",
  "emir", "sultan", "monarch", "leader", "leaders", "shah", "tsar", "czar", "dictator", "strongman", "ruler",
  "prime", // "prime minister": the modifier carries the rank
  "emperor", "empress", "pope", "ayatollah",
]);

export const TITLES = wordSet([
  ...LEADER_TITLES,
  "minister", "ministers", "secretary", "secretaries", "secretary-general", "undersecretary", "under-secretary",
  "ambassador", "ambassadors", "envoy", "envoys", "adviser", "advisor", "advisers", "advisors", "aide", "aides",
  "spokesman", "spokeswoman", "spokesperson", "spokespeople", "senator", "senators", "representative",
  "congressman", "congresswoman", "congressmember", "governor", "governors", "mayor", "mayors", "general",
  "admiral", "colonel", "lieutenant", "captain", "commander", "major", "sergeant", "marshal", "brigadier",
  "chief", "chiefs", "director", "directors", "director-general", "chairman", "chairwoman", "chairperson", "chair",
  "commissioner", "commissioners", "counselor", "counsellor", "negotiator", "negotiators", "official", "officials",
  "deputy", "deputies", "coordinator", "diplomat", "diplomats", "counterpart", "counterparts", "attorney",
  "attorney-general", "justice", "judge", "speaker", "ceo", "head", "heads", "mp", "mps", "mep", "lawmaker",
  "lawmakers", "legislator", "councillor", "councilman", "councilwoman", "delegate", "delegates", "prosecutor",
  "crown", "prince", "princess", "duke", "duchess", "sheikh", "archbishop", "bishop", "cardinal", "patriarch",
  "rabbi", "imam", "cleric", "mullah", "viceroy", "consul", "founder", "co-founder", "owner", "executive",
  "vice-president", "vice-chancellor", "candidate", "nominee", "challenger", "incumbent", "successor", "predecessor",
  "commander-in-chief", "chief-of-staff", "lady", "governor-general", "administrator", "regent", "magistrate", "ombudsman", "inspector", "superintendent",
  "sheriff", "officer", "officers", "agent", "agents", "investigator", "journalist", "journalists", "reporter",
  "reporters", "correspondent", "editor", "columnist", "anchor", "host", "presenter", "commentator", "analyst",
  "historian", "professor", "scientist", "researcher", "economist", "lawyer", "activist", "activists", "campaigner",
  "dissident", "politician", "businessman", "businesswoman", "billionaire", "entrepreneur", "investor",
  "banker", "industrialist", "tycoon", "magnate", "oligarch", "actor", "actress", "singer", "singer-songwriter",
  "songwriter", "musician", "guitarist", "bassist", "drummer", "pianist", "violinist", "composer", "conductor",
  "rapper", "band-mate", "bandmate", "director", "filmmaker", "producer", "writer", "author", "novelist", "poet",
  "playwright", "artist", "painter", "photographer", "comedian", "player", "striker", "midfielder", "defender",
  "goalkeeper", "coach", "manager", "captain", "athlete", "sprinter", "runner", "swimmer", "boxer", "wrestler",
  "cyclist", "driver", "jockey", "champion", "teammate", "rival", "astronaut", "pilot", "doctor", "surgeon",
  "nurse", "physician", "teacher", "student", "pupil", "priest", "pastor", "monk", "nun", "saint", "victim",
  "suspect", "defendant", "plaintiff", "witness", "survivor", "mother", "father", "son", "daughter", "wife",
  "husband", "brother", "sister", "widow", "widower", "grandson", "granddaughter", "grandmother", "grandfather",
  "uncle", "aunt", "nephew", "niece", "cousin", "partner", "girlfriend", "boyfriend", "fiancé", "fiancée",
  "colleague", "friend", "ally", "allies", "loyalist", "critic", "supporter", "spouse", "heir", "stepfather",
  "stepmother", "spy", "hostage", "prisoner", "detainee", "emissary", "representative", "rapporteur",
  "secretary-of-state", "commissar", "premier-designate", "whip",
]);

/** Capitalised forms written straight before a name that are a title on their own ("Sen.", "Gov.", "Mr."). */
export const HONORIFICS = wordSet([
  "mr.", "mrs.", "ms.", "dr.", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope",
  "sheikh", "sheik", "emir", "sultan", "cardinal", "archbishop", "bishop", "rabbi", "imam", "ayatollah",
  "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "cmdr.", "maj.", "brig.", "prof.", "rev.",
  "fr.", "president", "chancellor", "premier", "senator", "governor", "mayor", "judge", "justice", "general",
  "admiral", "colonel", "captain", "commander", "marshal", "minister", "ambassador", "secretary", "speaker",
  "crown", "grand", "duke", "duchess", "baroness", "baron", "count", "countess", "saint", "st.", "messrs.",
]);

/** Words that stand inside a role phrase before its head ("deputy foreign", "de facto", "interim"). */
export const ROLE_MODIFIERS = wordSet([
  "prime", "vice", "deputy", "acting", "interim", "former", "then", "incoming", "outgoing", "designate", "elect",
  "de", "facto", "special", "senior", "top", "chief", "principal", "assistant", "associate", "executive", "foreign",
  "defense", "defence", "interior", "home", "finance", "economy", "economic", "treasury", "trade", "commerce", "energy",
  "health", "education", "justice", "labor", "labour", "transport", "transportation", "agriculture", "environment",
  "culture", "tourism", "industry", "immigration", "emergencies", "emergency", "security", "intelligence", "national",
  "state", "states", "federal", "regional", "provincial", "local", "presidential", "royal", "imperial", "supreme",
  "military", "armed", "forces", "army", "navy", "naval", "air", "force", "marine", "coast", "guard", "police",
  "general", "staff", "joint", "affairs", "political", "policy", "press", "personal", "legal", "cabinet", "council",
  "house", "senate", "parliamentary", "opposition", "party", "minority", "majority", "leading", "longtime",
  "long-time", "veteran", "sitting", "serving", "retired", "exiled", "ousted", "jailed", "detained", "late",
  "disgraced", "embattled", "influential", "powerful", "popular", "hardline", "moderate", "conservative", "liberal",
  "democratic", "republican", "socialist", "communist", "centrist", "far-right", "far-left", "right-wing", "left-wing",
  "nationalist", "separatist", "rebel", "militant", "islamist", "jihadist", "peace", "climate", "human", "rights",
  "civil", "foreign-policy", "defence-policy", "communications", "development", "cooperation", "strategic",
  "operations", "affairs", "relations", "international", "european", "middle", "east", "world", "global", "country's",
  "nation's", "first", "second", "third", "new", "newly", "elected", "appointed", "named", "co", "lead", "team",
  "white", "under", "permanent", "overall", "grand", "great", "high", "representative", "crown", "heir", "apparent",
  "de-facto", "u.s.", "u.n.", "un", "us", "uk", "eu", "nato", "chief-executive", "managing", "finance", "central",
  "bank", "ministry", "department", "office", "agency", "service", "services", "commission", "committee", "bureau",
  "secretariat", "administration", "government", "authority", "kremlin", "pentagon", "homeland", "planning",
]);

/** Words that join the parts of a role phrase ("Secretary General of NATO", "Envoy for Special Missions"). */
export const ROLE_CONNECTORS = wordSet(["of", "for", "to", "the"]);

/** Plural heads: the role distributes over a list of names ("Presidents Biden and Putin"). */
export const PLURAL_TITLES = wordSet([
  "presidents", "premiers", "leaders", "ministers", "secretaries", "ambassadors", "envoys", "advisers", "advisors",
  "aides", "senators", "governors", "mayors", "chiefs", "directors", "commissioners", "negotiators", "officials",
  "deputies", "diplomats", "counterparts", "lawmakers", "delegates", "heads", "mps", "officers", "agents",
  "journalists", "reporters", "activists", "spokespeople", "kings", "queens", "princes", "generals",
]);
