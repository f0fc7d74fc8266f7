// Case 6 of issue 5: the file tree. Symbolic links and the unreadable file
// are made by the test in a temporary folder: git would store the links, but a
// loop in a checkout trips other tools, and permissions are not kept by git.

import { chmodSync, cpSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, problemLines, run, spawnCli, tempDir } from "./helpers.js";

const ids = (stdout: string) => (JSON.parse(stdout) as Array<{ id: string }>).map((d) => d.id);

describe("the file tree (case 6)", () => {
  it("skips hidden folders and node_modules, and indexes the same article once, naming both files", async () => {
    const r = await run(["--corpus", fixture("tree"), "sources", "--json"]);
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual(["ok.md: warning: same bytes as copy-of-ok.md (indexed once, as copy-of-ok.md)"]);
    expect(ids(r.stdout)).toEqual(["copy-of-ok.md", "sub/bali.md"]);
    const people = JSON.parse((await run(["--corpus", fixture("tree"), "people", "--json"])).stdout) as Array<{ name: string }>;
    expect(people.map((p) => p.name)).not.toContain("Angela Merkel");
  });

  it("never loops on symbolic links, and follows links out of the corpus only when asked", async () => {
    const outside = tempDir();
    cpSync(fixture("tree/sub/bali.md"), join(outside, "outside.md"));
    const dir = tempDir();
    cpSync(fixture("tree/ok.md"), join(dir, "ok.md"));
    mkdirSync(join(dir, "a"));
    symlinkSync("..", join(dir, "a", "up"));           // a loop through a parent
    symlinkSync("self", join(dir, "self"));            // a link to itself
    symlinkSync("missing.md", join(dir, "broken.md")); // a dangling link
    symlinkSync(outside, join(dir, "elsewhere"));      // a folder outside the corpus
    symlinkSync(join(outside, "outside.md"), join(dir, "linked.md"));

    const r = await run(["--corpus", dir, "sources", "--json"]);
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual([
      "a/up: warning: symbolic link loop (not followed)",
      "broken.md: warning: broken symbolic link (not followed)",
      "elsewhere: warning: symbolic link to outside the corpus (not followed; --follow-links to follow it)",
      "linked.md: warning: symbolic link to outside the corpus (not followed; --follow-links to follow it)",
      "self: warning: symbolic link loop (not followed)",
    ]);
    expect(ids(r.stdout)).toEqual(["ok.md"]);

    const followed = await run(["--corpus", dir, "--follow-links", "sources", "--json"]);
    expect(problemLines(followed.stderr)).toEqual([
      "a/up: warning: symbolic link loop (not followed)",
      "broken.md: warning: broken symbolic link (not followed)",
      "linked.md: warning: same bytes as elsewhere/outside.md (indexed once, as elsewhere/outside.md)",
      "self: warning: symbolic link loop (not followed)",
    ]);
    expect(ids(followed.stdout)).toEqual(["elsewhere/outside.md", "ok.md"]);
  });

  it("reports an unreadable file and loads the others", () => {
    const dir = tempDir();
    cpSync(fixture("tree/ok.md"), join(dir, "ok.md"));
    writeFileSync(join(dir, "locked.md"), "# Locked\n\nNobody may read this.\n");
    chmodSync(join(dir, "locked.md"), 0o000);
    chmodSync(dir, 0o755);
    // root reads anything, so as root the CLI runs as nobody to meet the permission.
    const asRoot = process.getuid?.() === 0;
    const r = spawnCli(["--corpus", dir, "sources", "--json"], asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(r.code).toBe(0);
    expect(problemLines(r.stderr)).toEqual(["locked.md: error: cannot read file (EACCES)"]);
    expect(ids(r.stdout)).toEqual(["ok.md"]);
  });
});
