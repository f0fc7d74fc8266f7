// A small sequence matcher over a sentence's units: words, and mentions that
// stand as one unit each (PERSON, NAME, PLACE, DATE, EVENT, ORG, ROLE, PRON).
// Patterns are data written in a tiny language (see compile()):
//
//   A=PEOPLE ADV* T=@meet_verb with? B=PEOPLE
//
// Elements: a word or `a|b|c` alternatives, `@macro` (a named word list), a
// unit type, `PEOPLE` (a list of persons: "A, B and C"), `~` (any unit but a
// person or the end of a clause), `~~` (people too), `( … )` groups, and `|`
// between alternatives inside a group. Quantifiers `?`, `*` (at most 4),
// `+` (1 to 4), `{m,n}`. `name=` captures what an element matched.
//
// Cost: every quantifier is bounded, so matching from one start position takes
// a bounded number of steps; trying every start keeps a sentence linear.

export type UnitType = "PERSON" | "NAME" | "PLACE" | "DATE" | "EVENT" | "ORG" | "ROLE" | "PRON" | "WORD";

export interface Unit {
  readonly type: UnitType;
  /** Body offsets. */
  readonly start: number;
  readonly end: number;
  /** Lower-case, accents folded: what words are matched by. For a mention, its text. */
  readonly key: string;
  /** Position in the sentence's unit list. */
  readonly index: number;
  /** The mention behind a non-WORD unit. */
  readonly ref?: unknown;
}

type Elem =
  | { readonly kind: "unit"; readonly words: ReadonlySet<string>; readonly types: ReadonlySet<UnitType>; readonly any: boolean; readonly negated?: boolean; readonly q: Quant; readonly cap?: string }
  | { readonly kind: "people"; readonly min: number; readonly q: Quant; readonly cap?: string }
  | { readonly kind: "any"; readonly people: boolean; readonly q: Quant; readonly cap?: string }
  | { readonly kind: "anchor"; readonly q: Quant; readonly cap?: string }
  | { readonly kind: "group"; readonly alts: ReadonlyArray<readonly Elem[]>; readonly q: Quant; readonly cap?: string };

interface Quant {
  readonly min: number;
  readonly max: number;
}

export interface Pattern {
  readonly source: string;
  readonly seq: readonly Elem[];
  /** Whether a match can start at a unit: a cheap test of the first element, so most starts cost nothing. */
  readonly canStart: (units: readonly Unit[], i: number) => boolean;
  /** The words the element captured as `T` can be, when it is a word list: a sentence without one cannot match. */
  readonly triggerWords: ReadonlySet<string> | null;
}

export interface Match {
  readonly start: number; // first unit index
  readonly end: number; // one past the last unit index
  readonly captures: ReadonlyMap<string, readonly Unit[]>;
}

export type Macros = ReadonlyMap<string, ReadonlySet<string>>;

const UNIT_TYPES = new Set<UnitType>(["PERSON", "NAME", "PLACE", "DATE", "EVENT", "ORG", "ROLE", "PRON", "WORD"]);
/** Units a gap `~` never crosses: they end a clause. */
const CLAUSE_ENDS = new Set([";", ":", "(", ")", "\u2014", "\"", "\u201c", "\u201d", "?", "!"]);
/** Joins the members of a PEOPLE list. */
const LIST_GLUE = new Set([",", "and", "&"]);
const CLAUSE_STARTS = new Set([":", ";", "\u2014"]);
/** Words that open a parenthetical inside a list: a participle, "who", "whose". */
const PARENTHETICAL_OPENERS = (u: Unit | undefined) => !!u && u.type === "WORD" && (/^\p{Ll}[\p{L}-]*ing$/u.test(u.key) || u.key === "who" || u.key === "whose");
const QUANTIFIERS = new Set(["several", "other", "many", "some", "the", "two", "three", "four", "five", "his", "her", "their", "fellow", "various", "top", "senior", "all"]);
const MAX_STAR = 4;
/** Steps one match attempt may take: a backstop; bounded quantifiers keep real patterns far below it. */
const STEP_LIMIT = 20_000;

export class PatternError extends Error {}

/** Compiles a pattern; throws PatternError naming the pattern on a mistake. */
export function compile(source: string, macros: Macros): Pattern {
  const tokens = source.match(/\)(?:\?|\*|\+|\{\d+,\d+\})?|\(|[^\s()]+/g) ?? [];
  let pos = 0;
  const fail = (why: string): never => {
    throw new PatternError(`pattern "${source}": ${why}`);
  };
  const quant = (raw: string): { body: string; q: Quant } => {
    const m = /^(.*?)(\?|\*|\+|\{(\d+),(\d+)\})?$/.exec(raw) as RegExpExecArray;
    const body = m[1] ?? "";
    const q = m[2] === "?" ? { min: 0, max: 1 } : m[2] === "*" ? { min: 0, max: MAX_STAR } : m[2] === "+" ? { min: 1, max: MAX_STAR }
      : m[3] !== undefined ? { min: Number(m[3]), max: Number(m[4]) } : { min: 1, max: 1 };
    if (q.max > 40 || q.min > q.max) fail(`bad quantifier in ${raw}`);
    return { body, q };
  };
  /** Alternatives separated by a lone `|`, up to a `)` or the end. */
  const alts = (): Elem[][] => {
    const out: Elem[][] = [seq()];
    while (tokens[pos] === "|") {
      pos++;
      out.push(seq());
    }
    return out;
  };
  const seq = (): Elem[] => {
    const out: Elem[] = [];
    while (pos < tokens.length) {
      const raw = tokens[pos] as string;
      if (raw.startsWith(")") || raw === "|") return out;
      pos++;
      let cap: string | undefined;
      let rest = raw;
      const eq = /^([A-Za-z][\w]*)=(.*)$/.exec(raw);
      if (eq) {
        cap = eq[1];
        rest = eq[2] || (tokens[pos++] ?? "");
      }
      if (rest === "(") {
        const inner = alts();
        const close = tokens[pos++];
        if (close === undefined || !close.startsWith(")")) fail("unclosed (");
        const { q } = quant(`x${(close as string).slice(1)}`);
        out.push({ kind: "group", alts: inner, q, ...(cap ? { cap } : {}) });
        continue;
      }
      const { body, q } = quant(rest);
      const c = cap ? { cap } : {};
      if (body === "~" || body === "~~") out.push({ kind: "any", people: body === "~~", q, ...c });
      else if (body === "^") out.push({ kind: "anchor", q: { min: 1, max: 1 } });
      else if (body === "PEOPLE" || body === "PEOPLE2") out.push({ kind: "people", min: body === "PEOPLE2" ? 2 : 1, q, ...c });
      else {
        // `!a|b`: any word that is none of these (nor the end of a clause).
        const negated = body.startsWith("!");
        const list = negated ? body.slice(1) : body;
        const words = new Set<string>();
        const types = new Set<UnitType>();
        let any = false;
        for (const alt of list.split("|")) {
          if (alt === "~") any = true;
          else if (alt.startsWith("@")) {
            const set = macros.get(alt.slice(1));
            if (!set) fail(`unknown macro ${alt}`);
            for (const w of set as ReadonlySet<string>) words.add(w);
          } else if (/^[A-Z]+$/.test(alt)) {
            if (!UNIT_TYPES.has(alt as UnitType)) fail(`unknown unit type ${alt}`);
            types.add(alt as UnitType);
          } else if (alt) words.add(alt);
          else fail(`empty alternative in ${raw}`);
        }
        out.push({ kind: "unit", words, types, any, ...(negated ? { negated } : {}), q, ...c });
      }
    }
    return out;
  };
  const out = seq();
  if (pos < tokens.length) fail(`unexpected ${tokens[pos]}`);
  if (out.length === 0) fail("empty");
  return { source, seq: out, canStart: startTest(out[0] as Elem), triggerWords: wordsOf(captures(out, "T")) };
}

/** Every element captured under `name`, in groups' alternatives too. */
function captures(seq: readonly Elem[], name: string): Elem[] {
  const out: Elem[] = [];
  for (const e of seq) {
    if (e.cap === name) out.push(e);
    if (e.kind === "group") for (const alt of e.alts) out.push(...captures(alt, name));
  }
  return out;
}

/** The words a set of elements can match, if they are all plain word lists. */
function wordsOf(elems: readonly Elem[]): ReadonlySet<string> | null {
  if (elems.length === 0) return null;
  const words = new Set<string>();
  for (const e of elems) {
    if (e.kind !== "unit" || e.any || e.negated || e.types.size > 0) return null;
    for (const w of e.words) words.add(w);
  }
  return words;
}

const always = () => true;

function startTest(first: Elem): (units: readonly Unit[], i: number) => boolean {
  if (first.q.min === 0) return always;
  switch (first.kind) {
    case "unit":
      if (first.any || first.negated) return always;
      return (units, i) => {
        const u = units[i];
        return !!u && (first.types.has(u.type) || (u.type === "WORD" && first.words.has(u.key)));
      };
    case "people":
      return (units, i) => {
        const t = units[i]?.type;
        return t === "PERSON" || t === "PRON" || t === "NAME" || t === "ROLE";
      };
    case "anchor":
      return (units, i) => i === 0 || CLAUSE_STARTS.has(units[i - 1]?.key ?? "");
    default:
      return always;
  }
}

type Caps = Map<string, Unit[]>;

/** The people a PEOPLE list starting at `i` can cover: end indices, longest first. */
function peopleEnds(units: readonly Unit[], i: number, min: number): number[] {
  // A person, a pronoun, an unknown name or one described ("the Australian prime minister") counts;
  // a group ("several other European leaders") may stand in the list without counting.
  const counts = (u: Unit | undefined) => !!u && (u.type === "PERSON" || u.type === "PRON" || u.type === "NAME" || (u.type === "ROLE" && !(u.ref as { plural?: boolean }).plural));
  const isMember = (u: Unit | undefined) => counts(u) || u?.type === "ROLE";
  const first = units[i];
  if (!isMember(first)) return [];
  const ends: number[] = [];
  // "They", "the two leaders": one unit, two people.
  const weight = (u: Unit | undefined) => (u?.type === "PRON" && (u.ref as { plural?: boolean }).plural ? 2 : counts(u) ? 1 : 0);
  let persons = weight(first);
  let j = i + 1;
  if (persons >= min) ends.push(j);
  // "A, B and C", "A and several other leaders", ", including B".
  for (let guard = 0; guard < 8; guard++) {
    let k = j;
    let glued = false;
    // "Giuliani, claiming to represent the State Department, and Andriy Yermak": a parenthetical between members.
    if (units[k]?.key === "," && PARENTHETICAL_OPENERS(units[k + 1])) {
      let close = k + 2;
      while (close < units.length && close - k < 12 && units[close]?.key !== "," && gapUnit(units[close] as Unit)) close++;
      if (units[close]?.key === ",") k = close;
    }
    for (let g = 0; g < 2 && LIST_GLUE.has(units[k]?.key ?? ""); g++) {
      k++;
      glued = true;
    }
    if (units[k]?.key === "including") {
      k++;
      glued = true;
    }
    // "A and several other European leaders": quantifiers before a group.
    for (let q = 0; q < 4 && QUANTIFIERS.has(units[k]?.key ?? "") && units[k]?.type === "WORD"; q++) k++;
    if (!glued) break;
    const next = units[k];
    if (!isMember(next)) break;
    persons += weight(next);
    j = k + 1;
    if (persons >= min) ends.push(j);
  }
  return ends.reverse();
}

type Cont = (at: number) => number | null;

/** What a gap `~` may cover: anything but the end of a clause or a person (those are what patterns name). */
const gapUnit = (u: Unit) => !((u.type === "WORD" && CLAUSE_ENDS.has(u.key)) || u.type === "PERSON" || u.type === "PRON" || u.type === "NAME");

/**
 * Matches seq[e..] at unit i, then calls `k` with where it ended; backtracks
 * (greedy first) until `k` accepts. Continuation-passing, so a group's inner
 * choices are revisited when what follows the group fails.
 */
function matchSeq(units: readonly Unit[], seq: readonly Elem[], e: number, i: number, caps: Caps, steps: { n: number }, k: Cont): number | null {
  if (++steps.n > STEP_LIMIT) return null;
  if (e === seq.length) return k(i);
  const elem = seq[e] as Elem;
  const rest: Cont = (at) => matchSeq(units, seq, e + 1, at, caps, steps, k);
  // `^`: the start of the sentence, or just after a colon, semicolon or dash.
  if (elem.kind === "anchor") return i === 0 || CLAUSE_STARTS.has(units[i - 1]?.key ?? "") ? rest(i) : null;
  const repeat = (count: number, at: number, from: number): number | null => {
    if (++steps.n > STEP_LIMIT) return null;
    if (count < elem.q.max) {
      const r = stepOnce(units, elem, at, caps, steps, (next) => (next === at ? null : repeat(count + 1, next, from)));
      if (r !== null) return r;
    }
    if (count < elem.q.min) return null;
    if (!elem.cap) return rest(at);
    const had = caps.get(elem.cap);
    caps.set(elem.cap, units.slice(from, at));
    const r = rest(at);
    if (r === null) {
      if (had) caps.set(elem.cap, had);
      else caps.delete(elem.cap);
    }
    return r;
  };
  return repeat(0, i, i);
}

/** Matches `elem` once at `i`, each way in turn (best first), until `k` accepts. */
function stepOnce(units: readonly Unit[], elem: Elem, i: number, caps: Caps, steps: { n: number }, k: Cont): number | null {
  const u = units[i];
  if (!u) return null;
  switch (elem.kind) {
    case "unit":
      if (elem.negated) return u.type === "WORD" && !elem.words.has(u.key) && !CLAUSE_ENDS.has(u.key) ? k(i + 1) : null;
      return elem.types.has(u.type) || (u.type === "WORD" && elem.words.has(u.key)) || (elem.any && gapUnit(u)) ? k(i + 1) : null;
    case "any":
      return gapUnit(u) || (elem.people && !(u.type === "WORD" && CLAUSE_ENDS.has(u.key))) ? k(i + 1) : null;
    case "people":
      for (const end of peopleEnds(units, i, elem.min)) {
        const r = k(end);
        if (r !== null) return r;
      }
      return null;
    case "anchor":
      return null;
    case "group":
      for (const alt of elem.alts) {
        const r = matchSeq(units, alt, 0, i, caps, steps, k);
        if (r !== null) return r;
      }
      return null;
  }
}

/** The first (leftmost, then greedy) match of a pattern starting at or after `from`. */
/** Counts the matcher's steps, for tests that check it stays linear in the sentence. */
export interface MatchStats {
  steps: number;
}

export function matchAt(pattern: Pattern, units: readonly Unit[], start: number, accept?: (captures: ReadonlyMap<string, readonly Unit[]>) => boolean, stats?: MatchStats): Match | null {
  const caps: Caps = new Map();
  const steps = { n: 0 };
  const end = matchSeq(units, pattern.seq, 0, start, caps, steps, (at) => (!accept || accept(caps) ? at : null));
  if (stats) stats.steps += steps.n;
  return end === null ? null : { start, end, captures: new Map(caps) };
}

/** Every match of a pattern in a sentence, one per start position. */
export function matchAll(pattern: Pattern, units: readonly Unit[], stats?: MatchStats): Match[] {
  const out: Match[] = [];
  if (pattern.triggerWords && !units.some((u) => u.type === "WORD" && pattern.triggerWords?.has(u.key))) return out;
  for (let i = 0; i < units.length; i++) {
    if (!pattern.canStart(units, i)) continue;
    const m = matchAt(pattern, units, i, undefined, stats);
    if (m && m.end > m.start) out.push(m);
  }
  return out;
}
