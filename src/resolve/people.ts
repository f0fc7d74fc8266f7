// Person mentions across the corpus → one record per real person.
// "Tony Blinken", "Antony Blinken" and a bare "Blinken" are one; "Sergei" and
// "Sergey" Lavrov are one; Jake and John Sullivan stay two, because given
// names are compared as names (with nickname and transliteration variants),
// never by their first letter.

import type { PersonMention } from "../extract/people.js";
import { nameKey, surnameOf } from "../extract/people.js";
import { fold, slugify } from "../extract/text.js";

/** Given names that are the same name: nicknames and transliterations. The first of each group is the key. */
const GIVEN_NAME_GROUPS = [
  ["antony", "anthony", "tony"], ["michael", "mike", "mick"], ["joseph", "joe"], ["william", "bill", "will", "billy"],
  ["robert", "bob", "rob", "bobby"], ["james", "jim", "jimmy", "jamie"], ["richard", "dick", "rick", "rich"],
  ["thomas", "tom", "tommy"], ["david", "dave"], ["steven", "steve", "stephen"], ["christopher", "chris"],
  ["matthew", "matt"], ["daniel", "dan", "danny"], ["donald", "don"], ["ronald", "ron", "ronnie"],
  ["benjamin", "ben", "bibi"], ["nicholas", "nick"], ["katherine", "catherine", "kate", "cathy"],
  ["elizabeth", "liz", "beth"], ["edward", "ed", "ted", "teddy"], ["charles", "charlie", "chuck"],
  ["alexander", "aleksandr", "alexandr", "aleksander", "alex", "sasha"], ["dmitry", "dmitri", "dmitriy", "dimitri"],
  ["sergei", "sergey", "sergej", "serguei"], ["yuri", "yury", "yuriy", "iurii", "yurii"], ["andrei", "andrey", "andrej"],
  ["alexei", "alexey", "aleksei", "aleksey"], ["nikolai", "nikolay", "nicolai"], ["georgy", "georgi", "georgiy"],
  ["valery", "valeri", "valeriy", "valerii"], ["mikhail", "mikhael"],
  ["mohammed", "mohammad", "muhammad", "mohamed"], ["gennady", "gennadi", "gennadiy"], ["vasily", "vasili", "vasiliy"],
  ["evgeny", "yevgeny", "evgeni", "yevgeniy"], ["anatoly", "anatoli", "anatoliy"], ["kirill", "kiril"],
  ["maria", "mariya"], ["tatiana", "tatyana"], ["natalia", "natalya"], ["olga"], ["xi"],
  ["jd", "j.d."], ["hillary", "hilary"], ["zbigniew", "zbig"], ["madeleine", "madeline"],
];
const GIVEN_KEY = new Map<string, string>();
for (const group of GIVEN_NAME_GROUPS) for (const n of group) GIVEN_KEY.set(n, group[0] as string);

/** Surname spellings that transliteration varies: Zelensky/Zelenskyy/Zelenskiy. */
export function surnameKey(surname: string): string {
  return fold(surname).replace(/(?:iy|yy|ii|yi|ij)$/, "y").replace(/ks/g, "x").replace(/['’.]/g, "");
}

export function givenKey(given: string): string {
  const g = fold(given).replace(/\./g, "");
  return GIVEN_KEY.get(g) ?? g;
}

/** The identity of a full name: canonical given name + surname, middle names and initials dropped. */
export function fullNameKey(name: string): string {
  const parts = nameKey(name).split(" ").filter(Boolean);
  if (parts.length < 2) return surnameKey(parts[0] ?? "");
  return `${givenKey(parts[0] ?? "")} ${surnameKey(surnameOf(name))}`;
}

export interface ResolvedPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly side: string | null;
  readonly documents: readonly string[];
}

export interface PeopleResolution {
  readonly people: readonly ResolvedPerson[];
  /** Person id of a mention, by document id and mention start; undefined when it stays ambiguous. */
  personOf(document: string, mention: PersonMention): string | undefined;
}

interface Cluster {
  key: string;
  full: boolean;
  spellings: Map<string, number>;
  roles: Map<string, number>;
  sides: Map<string, number>;
  sideOf: Map<string, number>;
  documents: Set<string>;
}

const bump = (m: Map<string, number>, k: string | null | undefined) => {
  if (k) m.set(k, (m.get(k) ?? 0) + 1);
};
const top = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
const isFull = (m: PersonMention) => nameKey(m.name).includes(" ");

/** The name an article gives in full more often than any other, and more than once. */
function mostNamed(keys: readonly string[], timesNamed: ReadonlyMap<string, number>): string | undefined {
  const ranked = [...keys].sort((a, b) => (timesNamed.get(b) ?? 0) - (timesNamed.get(a) ?? 0));
  const [first, second] = ranked.map((k) => timesNamed.get(k) ?? 0);
  return (first ?? 0) >= 2 && (first ?? 0) > (second ?? 0) ? ranked[0] : undefined;
}

export function resolvePeople(documents: ReadonlyArray<{ readonly id: string; readonly people: readonly PersonMention[] }>): PeopleResolution {
  const clusters = new Map<string, Cluster>();
  const cluster = (key: string, full: boolean) => {
    let c = clusters.get(key);
    if (!c) {
      c = { key, full, spellings: new Map(), roles: new Map(), sides: new Map(), sideOf: new Map(), documents: new Set() };
      clusters.set(key, c);
    }
    return c;
  };
  // Full names first, so bare surnames have something to resolve to.
  for (const doc of documents) for (const m of doc.people) if (isFull(m) && !m.weak) cluster(fullNameKey(m.name), true);
  const bySurname = new Map<string, string[]>();
  const laterWords = (name: string) => {
    const words = nameKey(name).split(" ");
    // A family name written first stands alone too: "Xi" (Xi Jinping), "Kim" (Kim Jong Un), "Moon" (Moon Jae-in).
    const familyFirst = (words[0] ?? "").length <= 3 || (words.length >= 3 && words.slice(-2).every((w) => w.length <= 4)) ? [words[0] as string] : [];
    return [...familyFirst, ...words.slice(1, -1).filter((w) => w.length > 2)].map(surnameKey);
  };
  for (const doc of documents) for (const m of doc.people) if (isFull(m) && !m.weak) {
    const key = fullNameKey(m.name);
    // The surname, and the middle words of longer names ("Ruiz" in Alejandra Ruiz Ferrer).
    for (const s of new Set([key.split(" ").pop() ?? "", ...laterWords(m.name)])) {
      const list = bySurname.get(s) ?? [];
      if (!list.includes(key)) bySurname.set(s, [...list, key]);
    }
  }

  // A bare "Trump" means Donald, not Melania, when one of the namesakes fills far more documents than the rest.
  const docsPerKey = new Map<string, number>();
  for (const doc of documents) for (const k of new Set(doc.people.filter(isFull).map((m) => fullNameKey(m.name)))) docsPerKey.set(k, (docsPerKey.get(k) ?? 0) + 1);
  const dominant = (keys: readonly string[]): string | undefined => {
    const ranked = [...keys].sort((a, b) => (docsPerKey.get(b) ?? 0) - (docsPerKey.get(a) ?? 0));
    const [top, second] = ranked.map((k) => docsPerKey.get(k) ?? 0);
    return (top ?? 0) >= 3 && (top ?? 0) > 2 * (second ?? 0) ? ranked[0] : undefined;
  };
  const assignment = new Map<string, string>();
  for (const doc of documents) {
    const localFull = new Map<string, Set<string>>();
    const timesNamed = new Map<string, number>();
    for (const m of doc.people) if (isFull(m)) {
      const k = fullNameKey(m.name);
      timesNamed.set(k, (timesNamed.get(k) ?? 0) + 1);
      for (const s of new Set([k.split(" ").pop() ?? "", ...laterWords(m.name)])) localFull.set(s, (localFull.get(s) ?? new Set()).add(k));
    }
    for (const m of doc.people) {
      let key: string | undefined;
      if (isFull(m)) key = fullNameKey(m.name);
      else {
        const s = surnameKey(nameKey(m.name));
        const local = localFull.get(s);
        const global = bySurname.get(s) ?? [];
        // One namesake named here in passing ("Ivanka Trump") does not make every bare "Trump" hers
        // when another fills far more of the corpus.
        const only = local && local.size === 1 ? [...local][0] : undefined;
        const famous = global.length > 1 ? dominant(global) : undefined;
        if (only && famous && famous !== only && (docsPerKey.get(only) ?? 0) < 2) key = famous;
        else if (local && local.size === 1) key = only;
        // "Kim" beside Kim Jong Un and his sister Kim Yo Jong: the one the corpus, else this article, is about;
        // "Sullivan" beside Jake and John Sullivan, each named once, stays nobody.
        else if (local && local.size > 1) key = dominant([...local]) ?? mostNamed([...local], timesNamed);
        else if (global.length === 1) key = global[0];
        else if (global.length > 1) key = dominant(global);
        else if (global.length === 0) {
          // "President Xi": a family name written first matches the first word of the full name.
          const byFirst = [...clusters.values()].filter((c) => c.full && c.key.split(" ")[0] === givenKey(nameKey(m.name))).map((c) => c.key);
          if (byFirst.length === 1) key = byFirst[0];
          else if (byFirst.length > 1 && dominant(byFirst)) key = dominant(byFirst);
          else if (!m.weak) key = s;
        }
      }
      if (!key) continue;
      const c = cluster(key, isFull(m));
      if (isFull(m)) bump(c.spellings, m.name.replace(/\s+/g, " "));
      else bump(c.spellings, m.name);
      bump(c.roles, m.role);
      bump(c.sides, m.side);
      bump(c.sideOf, m.sideOf);
      c.documents.add(doc.id);
      assignment.set(`${doc.id}\u0000${m.start}`, key);
    }
  }

  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const people: ResolvedPerson[] = [];
  for (const c of [...clusters.values()].filter((c) => c.documents.size > 0).sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const fullSpellings = new Map([...c.spellings].filter(([s]) => s.includes(" ")));
    const name = top(fullSpellings.size ? fullSpellings : c.spellings) ?? c.key;
    // A name in a script slugify cannot spell still gets a typable id.
    let id = slugify(name) || "person";
    while (taken.has(id)) id = `${id}-2`;
    taken.add(id);
    ids.set(c.key, id);
    people.push({ id, name, aliases: [...c.spellings.keys()].filter((s) => s !== name).sort(), roles: [...c.roles.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r), side: top(c.sides), documents: [...c.documents].sort() });
  }
  // "Putin aide Yuri Ushakov": the aide's side is Putin's.
  const clusterOfId = new Map([...clusters.values()].map((c) => [ids.get(c.key), c]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const resolved = people.map((p) => {
    if (p.side) return p;
    const c = clusterOfId.get(p.id);
    const of = c ? top(c.sideOf) : null;
    if (!of) return p;
    const patronKey = bySurname.get(surnameKey(of))?.[0];
    const patron = patronKey ? personById.get(ids.get(patronKey) ?? "") : undefined;
    return patron?.side ? { ...p, side: patron.side } : p;
  });
  return {
    people: resolved,
    personOf: (document, mention) => {
      const key = assignment.get(`${document}\u0000${mention.start}`);
      return key ? ids.get(key) : undefined;
    },
  };
}
