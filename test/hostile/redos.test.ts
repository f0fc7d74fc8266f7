// Every regular expression in extraction and question parsing, checked for
// catastrophic backtracking by recheck. Article text and questions are
// untrusted, so one exponential or polynomial pattern is a hang waiting for
// the right input. Literals are read from the source with the TypeScript
// parser, so a new one is checked without anyone listing it; patterns built at
// run time (new RegExp) come from each module's REGEXPS export, and the test
// fails if a module builds more of them than it exports.

import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { check } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const FILES = [
  ...readdirSync(join(ROOT, "src", "extract")).filter((f) => f.endsWith(".ts")).map((f) => join("src", "extract", f)),
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

// Patterns recheck's fuzzer may still call polynomial (or give up on) although
// every repetition that could be pumped is bounded, so the work per starting
// position has a constant ceiling. Each is run below on a long adversarial
// input to show it; anything else that is not "safe" fails.
const BOUNDED: ReadonlyArray<{ readonly fragment: string; readonly why: string; readonly attack: string }> = [
  { fragment: String.raw`\bfor\s+(?:the\s+)?(\p{Lu}(?:[\p{L}.\s-]{0,80}`, why: "the side after 'for' is at most 82 characters", attack: `${"for \u00c0\u00c0 ".repeat(40_000)}\u0000` },
  { fragment: String.raw`{0,7})\s+(?=(?:summit|talks`, why: "a place name before 'summit' is at most 8 capitalised words", attack: `${"The A ".repeat(40_000)}s` },
];
const boundedOf = (re: RegExp) => BOUNDED.find((b) => re.source.includes(b.fragment));

describe("regular expressions are safe from catastrophic backtracking", () => {
  it("finds the patterns: every module that builds a RegExp at run time exports it in REGEXPS", () => {
    expect(unique.length).toBeGreaterThan(80);
    for (const [file, constructed, listed] of builtAtRunTime) expect({ file, missing: Math.max(0, constructed - listed) }).toEqual({ file, missing: 0 });
  });

  // One at a time: recheck's fuzzer works to time budgets, and checks run side by side on a busy
  // machine can starve each other into different verdicts. Its random seed is fixed (0) by default.
  const resultOf = (re: RegExp) => check(re.source, re.flags, { timeout: 60_000 });

  it.each(unique.map((p) => [p.where, p.re] as const))("%s", async (_where, re) => {
    const result = await resultOf(re);
    const bounded = boundedOf(re);
    if (bounded && result.status !== "safe") {
      // The fuzzer may give up on these (their bounded repeats make a large search space), or call them polynomial.
      if (result.status === "unknown") expect(result.error.kind).toBe("timeout");
      else expect(result.complexity.type).toBe("polynomial");
      // Hundreds of kilobytes of the worst shape must not hang the real engine (the test timeout is the bound).
      for (const attack of [bounded.attack, result.status === "vulnerable" ? result.attack.string : ""]) {
        const copy = new RegExp(re.source, re.flags);
        for (let m = copy.exec(attack); m && copy.global; m = copy.exec(attack)) if (m[0] === "") copy.lastIndex++;
      }
      return;
    }
    const detail = result.status === "vulnerable" ? `${result.complexity.summary}, attack ${result.attack.pattern}` : result.status === "unknown" ? result.error.kind : "";
    expect({ source: re.source, status: result.status, detail }).toEqual({ source: re.source, status: "safe", detail: "" });
  }, 180_000);

  it("each bounded exception still names a pattern in the source", () => {
    for (const b of BOUNDED) expect({ why: b.why, found: unique.some((p) => p.re.source.includes(b.fragment)) }).toEqual({ why: b.why, found: true });
  });
});
