// Case 7 of issue 5: escape sequences in article text (screen clear, OSC 52
// clipboard write, window title) never reach a terminal raw; JSON escapes them.

import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, run, spawnCli, tempDir } from "./helpers.js";

const DIR = fixture("injection");
// Anything a terminal acts on, other than newline and tab.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

const COMMANDS: string[][] = [
  ["list"], ["show", "bali-2022"], ["who-attended", "bali-2022"], ["people"], ["person", "Joe Biden"],
  ["claims"], ["claims", "--by", "Biden"], ["search", "vigorously"], ["ask", "what did Biden say"], ["sources"], ["check"],
];

describe("terminal injection (case 7)", () => {
  it("the fixture really carries the sequences, in a quote attributed to a named person", async () => {
    const r = await run(["--corpus", DIR, "claims", "--json"]);
    const claim = (JSON.parse(r.stdout) as Array<{ text: string; speaker: { name: string } | null; source: { document: string; quote: string } }>)
      .find((c) => c.source.document === "escapes.md");
    expect(claim?.speaker?.name).toBe("Joe Biden");
    expect(claim?.source.quote).toContain("\u001b[2J");
    expect(claim?.source.quote).toContain("\u001b]52;c;");
    expect(claim?.source.quote).toContain("\u001b]0;owned-title\u0007");
  });

  for (const args of COMMANDS) {
    it(`summits ${args.join(" ")}: no control characters in text, with or without colour`, async () => {
      const plain = await run(["--corpus", DIR, ...args]);
      expect(plain.stdout.length + plain.stderr.length).toBeGreaterThan(0);
      expect(plain.stdout).not.toMatch(CONTROL);
      expect(plain.stderr).not.toMatch(CONTROL);
      // On a terminal with colour on, chalk's colour codes are the only escapes.
      const tty = await run(["--corpus", DIR, ...args], { isTTY: true, env: { FORCE_COLOR: "1" } });
      expect(tty.stdout.replace(SGR, "")).not.toMatch(CONTROL);
      expect(tty.stdout).not.toContain("owned-title");
      expect(tty.stdout).not.toContain("pwned-title");
      expect(tty.stdout).not.toContain("cm0gLXJmIH4=");
      expect(tty.stderr).not.toMatch(CONTROL);
    });
    it(`summits ${args.join(" ")} --json: escapes them`, async () => {
      const r = await run(["--corpus", DIR, ...args, "--json"]);
      expect(r.stdout.replace(/\n/g, "")).not.toMatch(CONTROL);
    });
  }

  it("JSON keeps the text, escaped", async () => {
    const r = await run(["--corpus", DIR, "claims", "--json"]);
    expect(r.stdout).toContain("\\u001b[2J");
    expect(r.stdout).toContain("\\u001b]0;owned-title\\u0007");
  });

  it("a real process writes no raw escape to its stdout or stderr", () => {
    const r = spawnCli(["--corpus", DIR, "show", "bali-2022"], { env: { ...process.env, FORCE_COLOR: "0" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Joe Biden");
    expect(r.stdout + r.stderr).not.toMatch(CONTROL);
  });

  it("file names with escape sequences are cleaned in problems and tables", async () => {
    const dir = tempDir();
    cpSync(join(DIR, "ok.md"), join(dir, "ok.md"));
    writeFileSync(join(dir, "evil\u001b]0;x\u0007\u001b[2J.md"), "---\ntitle: [bad]\n---\nJoe Biden said hello.\n");
    for (const args of [["sources"], ["check"]]) {
      const r = await run(["--corpus", dir, ...args]);
      expect(r.stdout + r.stderr).toMatch(/evil/);
      expect(r.stdout + r.stderr).not.toMatch(CONTROL);
    }
  });
});
