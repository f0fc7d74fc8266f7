// Finding 6 of issue 11: strings summits echoes (file names, titles,
// questions, ids) cannot forge a line or reorder one. A newline in a file name
// once printed a second, forged problem line in `check`; U+202E (right-to-left
// override) passed through in file names, titles and questions.

import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { oneLine, sanitize } from "../../src/render/output.js";
import { fixture, run, tempDir } from "./helpers.js";

const RLO = "\u202e";
const BIDI = /\p{Bidi_Control}/u;
const FORGED = "evil\nother.md:7: error: FORGED.md";

function corpus(): string {
  const dir = tempDir();
  cpSync(fixture("injection/ok.md"), join(dir, "ok.md"));
  // A bad date, so the file is named in a problem line.
  writeFileSync(join(dir, FORGED), "---\ntitle: Forged\npublished: yesterday\n---\nPresident Donald Trump held a phone call with Russian President Vladimir Putin.\n");
  writeFileSync(join(dir, `report${RLO}dm.exe.md`), `---\ntitle: "A title${RLO} that flips"\npublished: yesterday\n---\nPresident Donald Trump said on Wednesday that he had held a phone call with Russian President Vladimir Putin.\n`);
  return dir;
}

describe("echoed strings stay on their line (finding 6)", () => {
  it("oneLine shows line breaks, controls and bidi controls as escapes; sanitize drops bidi controls", () => {
    expect(oneLine(`a\nb\r\tc${RLO}d\u2028e\u001b[2Jf`)).toBe("a\\nb\\r\\tc\\u{202e}d\\u{2028}e\\u{1b}[2Jf");
    expect(oneLine("Villa La Grange, Genève — 日内瓦")).toBe("Villa La Grange, Genève — 日内瓦");
    expect(sanitize(`line one\nline${RLO} two\u2066`)).toBe("line one\nline two");
  });

  it("check prints one line per problem, whatever the file names hold", async () => {
    const dir = corpus();
    const text = await run(["--corpus", dir, "check"]);
    const json = await run(["--corpus", dir, "check", "--json"]);
    const problems = JSON.parse(json.stdout) as Array<{ file: string; severity: string }>;
    expect(problems.map((p) => p.file)).toEqual([FORGED, `report${RLO}dm.exe.md`]);
    const lines = text.stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      "evil\\nother.md:7: error: FORGED.md:3: warning: published: expected a date as YYYY-MM-DD",
      "report\\u{202e}dm.exe.md:3: warning: published: expected a date as YYYY-MM-DD",
    ]);
    expect(text.code).toBe(0);
    expect(text.stderr).toBe("summits: checked 3 articles: 0 errors, 2 warnings (ok)\n");
  });

  it("no bidi control reaches the terminal from file names or titles, in any command", async () => {
    const dir = corpus();
    for (const args of [["sources"], ["list"], ["show", "2025"], ["claims"], ["people"], ["check"], ["search", "flips"]]) {
      for (const isTTY of [false, true]) {
        const r = await run(["--corpus", dir, ...args], { isTTY });
        expect({ args, out: BIDI.test(r.stdout + r.stderr) }).toEqual({ args, out: false });
      }
    }
  });

  it("a question or an id with a newline or U+202E gets a one-line error", async () => {
    const dir = corpus();
    const asked = await run(["--corpus", dir, "ask", `who is ${RLO}x\ny`]);
    const shown = await run(["--corpus", dir, "show", "no\nsuch-id"]);
    for (const r of [asked, shown]) {
      const lines = r.stderr.split("\n").filter((l) => l.startsWith("summits: ") || !/: (warning|error): /.test(l));
      expect(lines.filter(Boolean)).toHaveLength(1);
      expect(r.stderr).not.toMatch(BIDI);
      expect(r.code).toBe(1);
    }
    expect(asked.stderr).toContain('"who is \\u{202e}x\\ny"');
    expect(shown.stderr).toContain('"no\\nsuch-id"');
  });

  it("an unknown command or option with a line break is quoted on its one line", async () => {
    const command = await run([`lis\nt: error: FORGED${RLO}`]);
    expect(command.code).toBe(2);
    expect(command.stderr.split("\n")[0]).toBe("error: unknown command 'lis\\nt: error: FORGED\\u{202e}'");
    expect(command.stderr).not.toMatch(/^t: error: FORGED/m);
    const option = await run(["list", "--with", "Biden", `--x\ny`]);
    expect(option.code).toBe(2);
    expect(option.stderr.split("\n")[0]).toBe("error: unknown option '--x\\ny'");
  });
});
