// Case 8 of issue 5: whatever is typed after `ask` (or given to search,
// person, show) gets an answer or one line saying why not, never a stack
// trace and never a hang. Runs on the built-in corpus.

import { describe, expect, it } from "vitest";
import { NO_STACK, run } from "./helpers.js";

const QUESTIONS: Array<[string, string]> = [
  ["10 KB long", "when did Biden and Putin meet ".repeat(345)],
  ["punctuation only", "?!?!...,,;;—–“”«»"],
  ["emoji", "🤝🇺🇸🇷🇺 💥 👍🏽"],
  ["right-to-left", "متى التقى بايدن وبوتين"],
  ["right-to-left with an override", "when did \u202eniduP\u202c meet Biden"],
  ["quotes and shell metacharacters", `"'; rm -rf / $(whoami) \`id\` | & > < * ? \\ {a,b} ~ #`],
  ["control characters", "when did Biden\u0000 and \u001b[2JPutin meet"],
  ["a lone surrogate", "when did \ud83d Biden meet Putin"],
];

const oneLine = (s: string) => s === "" || /^[^\n]*\n$/.test(s);

describe("questions and arguments (case 8)", () => {
  for (const [what, question] of QUESTIONS) {
    it(`ask, ${what}: an answer or one line, exit 0 or 1`, async () => {
      for (const json of [false, true]) {
        const r = await run(["ask", question, ...(json ? ["--json"] : [])]);
        expect([0, 1]).toContain(r.code);
        expect(r.stderr).not.toMatch(NO_STACK);
        expect(oneLine(r.stderr)).toBe(true);
        if (r.code === 1) expect(r.stderr).toMatch(/^summits: cannot understand "/);
        else expect(r.stdout.length).toBeGreaterThan(0);
        if (json) expect(() => JSON.parse(r.stdout)).not.toThrow();
      }
    });
    it(`search, person and show, ${what}: never a stack trace`, async () => {
      for (const args of [["search", question], ["person", question], ["show", question], ["claims", "--by", question]]) {
        const r = await run(args);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(NO_STACK);
        expect(oneLine(r.stderr)).toBe(true);
      }
    });
  }

  it("an understood question is answered", async () => {
    const r = await run(["ask", "when did Biden and Putin talk"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Biden/);
  });

  it("an empty question is a usage error: one line, exit 2", async () => {
    for (const q of ["", "   "]) {
      const r = await run(["ask", q]);
      expect(r).toEqual({ code: 2, stdout: "", stderr: 'summits: ask: give a question, e.g. summits ask "when did Biden and Putin talk"\n' });
    }
  });

  it("a cut-off question never splits an emoji", async () => {
    const r = await run(["ask", "🤝".repeat(100)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`"${"🤝".repeat(80)}"`);
  });
});
