// Finding 7 of issue 11: curation.yaml naming a document that does not exist
// was applied silently (drops and date changes happened, `check` said ok).
// A correction speaks for the article it names, so one naming no article is
// reported and not applied; one naming a duplicate file speaks for the copy
// that is indexed.

import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { problemLines, run, tempDir } from "./helpers.js";

describe("curation.yaml naming a document (finding 7)", () => {
  it("reports and skips a correction for an article the corpus does not have, in check and in every query", async () => {
    const dir = tempDir();
    // Files are read in name order: "geneva-copy.md" comes first and is the copy indexed.
    cpSync(join(ROOT, "corpus", "002-geneva-summit-live.md"), join(dir, "geneva.md"));
    cpSync(join(ROOT, "corpus", "002-geneva-summit-live.md"), join(dir, "geneva-copy.md"));
    writeFileSync(join(dir, "curation.yaml"), [
      "- document: gone.md\n  drop: geneva-2021\n",
      "- document: Geneva.md\n  set: {encounter: geneva-2021, date: \"1999-01-01\"}\n",
      "- document: geneva.md\n  dispute: {encounter: geneva-2021, note: checked against the pool report}\n",
    ].join(""));
    const check = await run(["--corpus", dir, "check"]);
    expect(check.stdout.trimEnd().split("\n")).toEqual([
      "curation.yaml: warning: [0].document: no article \"gone.md\" in this corpus (correction not applied)",
      "curation.yaml: warning: [1].document: no article \"Geneva.md\" in this corpus (correction not applied)",
      "geneva.md: warning: same bytes as geneva-copy.md (indexed once, as geneva-copy.md)",
    ]);
    expect(check.code).toBe(0);
    expect((await run(["--corpus", dir, "check", "--strict"])).code).toBe(1);

    const shown = await run(["--corpus", dir, "show", "geneva-2021", "--json"]);
    expect(shown.code).toBe(0);
    expect(problemLines(shown.stderr)).toEqual(check.stdout.trimEnd().split("\n"));
    const e = JSON.parse(shown.stdout) as { date: string; curated: string[] };
    expect(e.date).toBe("2021-06-16");
    expect(e.curated).toEqual(["disputed: checked against the pool report (geneva-copy.md)"]);
  });
});
