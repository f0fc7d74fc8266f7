// Every regular expression in extraction and question parsing, checked for
// catastrophic backtracking by recheck. Article text and questions are
// untrusted, so one exponential or polynomial pattern is a hang waiting for
// the right input. Literals are read from the source with the TypeScript
// parser, so a new one is checked without anyone listing it; patterns built at
// run time (new RegExp) come from each module's REGEXPS export, and the test
// fails if a module builds more of them than it exports.
//
// The verdicts do not depend on the clock: every time budget of recheck is
// off, so a verdict depends only on the pattern, recheck's step budgets and
// its fixed random seed. (With its default time budgets a busy machine once
// made the fuzzer call EVENT_PATTERN vulnerable.) Checking all ~240 patterns
// takes minutes, so each verdict is kept in redos-verdicts.json, keyed by the
// pattern's flags and source and by recheck's version and parameters: the
// test checks only patterns that are new or changed. After changing patterns,
// record their verdicts with `npm run redos:record` and commit the file.

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { check, type Diagnostics } from "recheck";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const FILES = [
  ...readdirSync(join(ROOT, "src", "extract"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).sort().map((f) => join("src", "extract", f)),
  join("src", "query", "ask.ts"),
  join("src", "query", "events.ts"),
];

interface Found {
  readonly where: string;
  readonly re: RegExp;
}

function fromSource(file: string): { literals: Found[]; constructed: number } {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const literals: Found[] = [];
  let constructed = 0;
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const slash = node.text.lastIndexOf("/");
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      literals.push({ where: `${file}:${line}`, re: new RegExp(node.text.slice(1, slash), node.text.slice(slash + 1)) });
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      // `new RegExp(re.source, re.flags)` copies a pattern that is checked elsewhere; any other call builds a new one.
      const first = node.arguments?.[0];
      if (!(first && ts.isPropertyAccessExpression(first) && first.name.text === "source")) constructed++;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, constructed };
}

function exported(module: Record<string, unknown>, file: string): Found[] {
  const out: Found[] = [];
  const walk = (value: unknown, name: string, depth: number) => {
    if (value instanceof RegExp) out.push({ where: `${file} ${name}`, re: value });
    else if (Array.isArray(value) && depth < 3) value.forEach((v, i) => walk(v, `${name}[${i}]`, depth + 1));
  };
  for (const [name, value] of Object.entries(module)) walk(value, name, 0);
  return out;
}

const patterns: Found[] = [];
const builtAtRunTime: Array<[string, number, number]> = [];
for (const file of FILES) {
  const { literals, constructed } = fromSource(file);
  const module = (await import(join(ROOT, file))) as Record<string, unknown>;
  const runtime = exported(module, file);
  patterns.push(...literals, ...runtime);
  const listed = Array.isArray(module["REGEXPS"]) ? (module["REGEXPS"] as unknown[]).length : 0;
  builtAtRunTime.push([basename(file), constructed, listed]);
}
const unique = [...new Map(patterns.map((p) => [`${p.re.flags}/${p.re.source}`, p])).values()];

// Patterns whose every repetition that could be pumped is bounded, so the work
// per starting position has a constant ceiling, but whose bounded repeats are
// too large for recheck's automaton checker and leave its fuzzer searching for
// minutes. The argument is the verdict; each is run below on a long
// adversarial input to show it. Any other pattern must be recheck's "safe".
const BOUNDED: ReadonlyArray<{ readonly fragment: string; readonly why: string; readonly attack: string }> = [
  { fragment: String.raw`\bfor\s+(?:the\s+)?(\p{Lu}(?:[\p{L}.\s-]{0,80}`, why: "the side after 'for' is at most 82 characters", attack: `${"for \u00c0\u00c0 ".repeat(40_000)}\u0000` },
  { fragment: String.raw`{0,7})\s+(?=(?:summit|talks`, why: "a place name before 'summit' is at most 8 capitalised words", attack: `${"The A ".repeat(40_000)}s` },
];
const boundedOf = (re: RegExp) => BOUNDED.find((b) => re.source.includes(b.fragment));

// No clock: recheck's time budgets are all off (null), recall validation (a timed run) is skipped, the seed is fixed.
const PARAMS = { timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: -1, randomSeed: 0 } as const;
const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, "node_modules", "recheck", "package.json"), "utf8")) as { version: string }).version;
const CHECKER = `recheck ${RECHECK_VERSION} ${JSON.stringify(PARAMS)}`;

interface Verdict {
  readonly pattern: string;
  readonly where: string;
  readonly status: Diagnostics["status"];
  readonly detail: string;
}
interface VerdictFile {
  readonly checker: string;
  readonly verdicts: readonly Verdict[];
}

const VERDICTS = join(ROOT, "test", "hostile", "redos-verdicts.json");
const RECORD = process.env["REDOS_RECORD"] === "1";
const keyOf = (re: RegExp) => `/${re.source}/${re.flags}`;
const recordedFile = JSON.parse(readFileSync(VERDICTS, "utf8")) as VerdictFile;
// Verdicts of another recheck version or other parameters are not this checker's: all are checked again.
const recorded = new Map(recordedFile.checker === CHECKER ? recordedFile.verdicts.map((v) => [v.pattern, v]) : []);
const verdicts = new Map<string, Verdict>();

async function verdictOf(where: string, re: RegExp, useRecorded = true): Promise<Verdict> {
  const pattern = keyOf(re);
  const known = useRecorded ? recorded.get(pattern) : undefined;
  if (known) return { ...known, where };
  const result = await check(re.source, re.flags, PARAMS);
  const detail =
    result.status === "vulnerable" ? `${result.checker}: ${result.complexity.summary}, attack ${result.attack.pattern}`
    : result.status === "unknown" ? `${result.error.kind}${"message" in result.error ? `: ${result.error.message}` : ""}`
    : `${result.checker}: ${result.complexity.summary}`;
  return { pattern, where, status: result.status, detail };
}

describe("regular expressions are safe from catastrophic backtracking", () => {
  it("finds the patterns: every module that builds a RegExp at run time exports it in REGEXPS", () => {
    expect(unique.length).toBeGreaterThan(80);
    for (const [file, constructed, listed] of builtAtRunTime) expect({ file, missing: Math.max(0, constructed - listed) }).toEqual({ file, missing: 0 });
  });

  afterAll(() => {
    const fresh = [...verdicts.values()].filter((v) => !recorded.has(v.pattern));
    if (RECORD) {
      const sorted = [...verdicts.values()].sort((a, b) => (a.pattern < b.pattern ? -1 : a.pattern > b.pattern ? 1 : 0));
      writeFileSync(VERDICTS, `${JSON.stringify({ checker: CHECKER, verdicts: sorted } satisfies VerdictFile, null, 1)}\n`);
    } else if (fresh.length) {
      console.warn(`redos: ${fresh.length} pattern(s) checked now, not recorded; run \`npm run redos:record\` and commit test/hostile/redos-verdicts.json`);
    }
  });

  // One at a time: the checks share one recheck process, and a verdict never depends on how long one takes.
  it.each(unique.map((p) => [p.where, p.re] as const))("%s", async (where, re) => {
    const bounded = boundedOf(re);
    if (bounded) {
      // Its verdict is the argument in BOUNDED (recheck's fuzzer runs for minutes on these and decides nothing).
      // Hundreds of kilobytes of the worst shape are matched in full, a demonstration that needs no clock.
      // Were the bound lost, this would not finish: the failure is a hang, caught by the test's timeout.
      expect(bounded.attack.length).toBeGreaterThan(200_000);
      const copy = new RegExp(re.source, re.flags);
      for (let m = copy.exec(bounded.attack); m && copy.global; m = copy.exec(bounded.attack)) if (m[0] === "") copy.lastIndex++;
      return;
    }
    const verdict = await verdictOf(where, re);
    verdicts.set(verdict.pattern, verdict);
    expect({ pattern: verdict.pattern, status: verdict.status, detail: verdict.status === "safe" ? "" : verdict.detail }).toEqual({ pattern: verdict.pattern, status: "safe", detail: "" });
  }, 3_600_000);

  it("each bounded exception still names a pattern in the source", () => {
    for (const b of BOUNDED) expect({ why: b.why, found: unique.some((p) => p.re.source.includes(b.fragment)) }).toEqual({ why: b.why, found: true });
  });

  it("recorded verdicts are reproduced by recheck", async () => {
    // A spot check of the file, on three recorded patterns spread through it: checked again, they must agree.
    const sample = [...recorded.values()].filter((_, i, all) => i % Math.max(1, Math.floor(all.length / 3)) === 0).slice(0, 3);
    for (const v of sample) {
      const [, source, flags] = /^\/([\s\S]*)\/([a-z]*)$/.exec(v.pattern) ?? [];
      const again = await verdictOf(v.where, new RegExp(source ?? "", flags ?? ""), false);
      expect({ pattern: v.pattern, status: again.status, detail: again.detail }).toEqual({ pattern: v.pattern, status: v.status, detail: v.detail });
    }
  });
});
