import { spawnSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { tempDir } from "../temp.js";

const bin = join(ROOT, "bin", "summits");
const run = (args: string[], cwd = "/") => spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...process.env, SUMMITS_NO_CACHE: "1", NO_COLOR: "1" } });

describe("bin/summits", () => {
  it("runs the built JavaScript and finds the built-in corpus from any directory", () => {
    const r = run(["ask", "when did Biden and Putin talk", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout) as { intent: string; results: Array<{ date: string }> };
    expect(answer.intent).toBe("when");
    expect(answer.results.map((e) => e.date)).toContain("2021-06-16");
  });

  it("exits 2 with one line for a corpus that does not exist", () => {
    const r = run(["--corpus", "/no/such/folder", "list"]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe("summits: /no/such/folder: corpus folder not found");
    expect(r.stdout).toBe("");
  });

  // The bundle resolves its imports differently from the TypeScript the other tests run, so curation is checked here too.
  it("applies curation.yaml and reports a bad entry in it", () => {
    const corpus = tempDir("summits-spawn-");
    cpSync(join(ROOT, "corpus", "002-geneva-summit-live.md"), join(corpus, "geneva.md"));
    writeFileSync(join(corpus, "curation.yaml"), "- document: geneva.md\n  dispute:\n    encounter: geneva-2021\n    note: checked against the pool report\n- drop: geneva-2021\n");
    const r = run(["--corpus", corpus, "show", "geneva-2021", "--json"]);
    expect(r.stderr).toBe("curation.yaml: warning: [1].document: name the article this correction is about\n");
    expect(r.status).toBe(0);
    const shown = JSON.parse(r.stdout) as { id: string; curated: string[] };
    expect(shown.id).toBe("geneva-2021");
    expect(shown.curated.join(" ")).toMatch(/checked against the pool report/);
  });

  it("exits quietly when the reader of a pipe goes away", () => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${bin}" list --json | head -c 50 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8", env: { ...process.env, SUMMITS_NO_CACHE: "1" } });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).toBe("");
  });
});
