// What a capitalised name is when it is not a person: the head words of
// organisations, places, storms, prizes, works and vessels, and the common
// nouns that introduce one ("training ship X", "the band X"). General English.

import { wordSet } from "../tokens.js";

/** A name ending in one of these names an organisation, place, event or thing ("Nobel Peace Prize"). */
export const NON_PERSON_HEADS = wordSet([
  // organisations
  "house", "office", "department", "ministry", "council", "kremlin", "agency", "agencies", "times", "post", "news",
  "press", "union", "nations", "organization", "organisation", "committee", "party", "parties", "administration",
  "government", "court", "tribunal", "bank", "fund", "institute", "institution", "university", "college", "school",
  "academy", "foundation", "group", "forum", "association", "society", "federation", "confederation", "league",
  "alliance", "coalition", "movement", "front", "army", "navy", "force", "forces", "guard", "guards", "command",
  "brigade", "brigades", "battalion", "regiment", "militia", "cartel", "gang", "network", "service", "services",
  "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "airlines", "airways", "motors", "holdings",
  "industries", "systems", "technologies", "group", "media", "television", "radio", "channel", "journal",
  "magazine", "review", "herald", "tribune", "gazette", "daily", "weekly", "observer", "guardian", "telegraph",
  "chronicle", "bureau", "commission", "authority", "board", "secretariat", "directorate", "senate", "congress",
  "parliament", "assembly", "duma", "knesset", "cabinet", "police", "church", "mosque", "synagogue", "temple",
  "cathedral", "diocese", "club", "team", "united", "fc", "orchestra", "choir", "band", "ensemble", "records",
  "studios", "pictures", "productions", "entertainment", "hospital", "clinic", "prison", "jail", "embassy",
  "consulate", "mission", "delegation", "council", "observatory", "laboratory", "lab", "center", "centre",
  "initiative", "program", "programme", "project", "fund", "trust", "charity", "cooperation", "co-operation",
  "community", "partnership", "organisation", "organization",
  // places and buildings
  "street", "road", "avenue", "boulevard", "square", "bridge", "river", "lake", "sea", "ocean", "gulf", "bay",
  "strait", "mountain", "mountains", "hill", "hills", "valley", "desert", "island", "islands", "peninsula",
  "coast", "beach", "park", "forest", "canal", "region", "province", "state", "states", "county", "district",
  "oblast", "krai", "governorate", "prefecture", "territory", "territories", "republic", "kingdom", "emirates",
  "city", "town", "village", "castle", "palace", "base", "airport", "airbase", "station", "port", "harbour",
  "harbor", "hotel", "hall", "estate", "ranch", "residence", "mansion", "lodge", "building", "tower", "stadium",
  "arena", "museum", "library", "gate", "cosmodrome", "plant", "factory", "mine", "dam", "reactor", "camp",
  "strip", "bank", "heights", "corridor", "border", "crossing", "pass", "highway", "motorway", "line", "zone", "area", "zones",
  // events, documents, works, things
  "summit", "conference", "talks", "games", "olympics", "olympiad", "cup", "championship", "championships",
  "tournament", "open", "grand", "prix", "series", "festival", "expo", "fair", "awards", "award", "prize", "medal",
  "trophy", "day", "week", "month", "year", "war", "wars", "revolution", "crisis", "conflict", "uprising",
  "offensive", "operation", "campaign", "incident", "massacre", "attack", "attacks", "bombing", "earthquake",
  "hurricane", "storm", "typhoon", "cyclone", "flood", "floods", "fire", "wildfire", "pandemic", "epidemic",
  "treaty", "act", "bill", "law", "accord", "accords", "agreement", "deal", "pact", "protocol", "convention",
  "declaration", "charter", "constitution", "resolution", "plan", "strategy", "doctrine", "report", "index",
  "album", "song", "film", "movie", "show", "novel", "book", "opera", "musical", "play", "symphony", "app",
  "phone", "platform", "vaccine", "virus", "disease", "syndrome", "satellite", "telescope", "rover", "rocket",
  "missile", "mission", "spacecraft", "station", "ship", "vessel", "tanker", "carrier", "submarine", "frigate",
  "destroyer", "aircraft", "plane", "jet", "drone", "flight", "train", "express", "spike", "dead",
  "languages", "language", "law", "rights", "policy", "prize",
]);

/** A name beginning with one of these is not a person ("Hurricane Lorenzo", "Operation Sindoor", "Mount Etna"). */
export const NON_PERSON_LEADS = wordSet([
  "hurricane", "storm", "typhoon", "cyclone", "tropical", "operation", "mount", "mt.", "lake", "fort", "cape", "port",
  "camp", "st.", "saint", "san", "santa", "sao", "são", "los", "las", "el", "la", "new", "north", "south", "east",
  "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "royal", "national",
  "federal", "international", "united", "democratic", "people's", "islamic", "arab", "european", "african", "asian",
  "american", "world", "global", "first", "second", "third", "grand", "great", "old", "the", "air", "radio",
  "club", "team", "uss", "hms", "ins", "arm", "mv", "ss", "rms", "hmcs", "hmas", "usns", "hmnzs", "bbc", "cnn",
  "un", "eu", "nato", "asean", "g7", "g20", "apec", "brics", "opec", "who", "imf",
]);

/** Common nouns that introduce a name that is not a person ("the training ship X", "the album X"). */
export const NON_PERSON_INTRODUCERS = wordSet([
  "ship", "vessel", "boat", "tanker", "freighter", "ferry", "yacht", "frigate", "destroyer", "submarine", "carrier",
  "cruiser", "aircraft", "plane", "jet", "helicopter", "drone", "rocket", "missile", "satellite", "probe", "rover",
  "spacecraft", "telescope", "band", "group", "album", "song", "single", "track", "film", "movie", "documentary",
  "series", "show", "programme", "program", "podcast", "book", "novel", "memoir", "play", "musical", "opera",
  "newspaper", "magazine", "outlet", "broadcaster", "channel", "network", "station", "website", "app", "platform",
  "company", "firm", "brand", "startup", "bank", "airline", "carrier", "club", "team", "side", "franchise", "party",
  "movement", "cartel", "gang", "militia", "faction", "organisation", "organization", "agency", "storm", "hurricane",
  "typhoon", "cyclone", "operation", "horse", "dog", "cat", "ship's", "village", "town", "city", "district",
  "province", "region", "county", "municipality", "river", "mountain", "island", "volcano", "glacier", "prize",
  "award", "trophy", "festival", "tournament", "race", "stadium", "airport", "hotel", "restaurant", "bar", "pub",
  "museum", "university", "school", "hospital", "prison", "church", "mosque", "temple", "virus", "variant",
]);
