// `summits check`: the corpus maintainer's and CI's view of the loader.

import { describe, expect, it } from "vitest";
import { fixture, run, spawnCli } from "./helpers.js";

describe("summits check", () => {
  it("passes on the built-in corpus", async () => {
    const r = await run(["check"]);
    expect(r).toEqual({ code: 0, stdout: "", stderr: "summits: checked 4 articles: 0 errors, 0 warnings (ok)\n" });
    expect((await run(["check", "--strict"])).code).toBe(0);
  });

  it("passes on the test articles, as a real process", () => {
    const r = spawnCli(["--corpus", "test/fixtures/articles", "check", "--strict"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("prints every problem as file:line: severity: message and exits 1 on errors", async () => {
    const r = await run(["--corpus", fixture("encodings"), "check"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "empty.md: warning: empty file (nothing to index)",
      "front-matter-only.md:5: warning: front matter only, no article text",
      "invalid-utf8.md:5: warning: not valid UTF-8 (bad bytes replaced with U+FFFD)",
      "nul.md: error: binary file (NUL byte at offset 26) skipped",
      "picture.md: error: binary file (PNG image) skipped",
    ]);
    expect(r.stderr).toBe("summits: checked 6 articles: 2 errors, 3 warnings\n");
  });

  it("exits 0 on warnings alone, 1 with --strict", async () => {
    expect((await run(["--corpus", fixture("wrong-types"), "check"])).code).toBe(0);
    const strict = await run(["--corpus", fixture("wrong-types"), "check", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(
      "wrong-types.md:2: warning: title: Invalid input: expected string, received array\nwrong-types.md:4: warning: published: expected a date as YYYY-MM-DD\n",
    );
  });

  it("--json gives an array of problems", async () => {
    const r = await run(["--corpus", fixture("invalid-yaml"), "check", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      { file: "tab-indent.md", line: 5, field: null, severity: "error", message: "invalid YAML front matter: Tabs are not allowed as indentation" },
      { file: "unclosed-quote.md", line: 3, field: null, severity: "error", message: 'invalid YAML front matter: Missing closing "quote' },
    ]);
  });
});
