// Finding 11 of issue 11 ("Go further" 6): output that cannot be written.
// `list > /dev/full` was "internal error: ENOSPC" — a full disk is the user's
// machine, not a bug: one plain line and a non-zero status. A message that
// cannot reach stderr must not change the status (`2>/dev/full` made a
// missing corpus exit 1, not 2). A closed pipe stays a quiet exit 0. And a
// named pipe called x.md was skipped without a word.

import { spawnSync } from "node:child_process";
import { closeSync, cpSync, existsSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, NO_STACK, problemLines, ROOT, run, tempDir } from "./helpers.js";

const BIN = join(ROOT, "bin", "summits");
const FULL = "/dev/full";

/** bin/summits with stdout and/or stderr on /dev/full, which fails every write with ENOSPC. */
function withFull(args: readonly string[], full: "stdout" | "stderr" | "both") {
  const fd = openSync(FULL, "w");
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      encoding: "utf8",
      // The built-in corpus is answered from the index built at install time; no cache is written.
      env: { ...process.env, SUMMITS_CACHE_DIR: join(tmpdir(), "summits-output-errors-cache") },
      stdio: ["ignore", full === "stderr" ? "pipe" : fd, full === "stdout" ? "pipe" : fd],
    });
    return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync(FULL))("output that cannot be written (finding 11)", () => {
  for (const args of [["list"], ["list", "--json"], ["show", "geneva-2021"], ["ask", "when did Biden and Putin talk"], ["people", "--json"]]) {
    it(`summits ${args.join(" ")} > /dev/full: one plain line, status 2`, () => {
      const r = withFull(args, "stdout");
      expect(r).toEqual({ code: 2, stdout: "", stderr: "summits: cannot write output: no space left on device (ENOSPC)\n" });
    });
  }

  it("stderr on /dev/full keeps each command's own status", () => {
    expect(withFull(["--corpus", "/nonexistent/summits-corpus", "list"], "stderr").code).toBe(2);
    expect(withFull(["ask", "what is the airspeed velocity of an unladen swallow"], "stderr").code).toBe(1);
    expect(withFull(["show", "no-such-encounter"], "stderr").code).toBe(1);
    const listed = withFull(["list", "--json"], "stderr");
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(10);
  });

  it("both on /dev/full: status 2, and nothing thrown at anyone", () => {
    expect(withFull(["list"], "both").code).toBe(2);
  });

  it("a closed pipe is still a quiet exit 0", () => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; "${BIN}" list --json | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8", env: { ...process.env, SUMMITS_CACHE_DIR: join(tmpdir(), "summits-output-errors-cache") } });
    expect(r.stdout.trim()).toBe("0");
    expect(r.stderr).toBe("");
  });
});

describe("a named pipe called x.md (finding 11)", () => {
  it("is named and skipped, never opened", async () => {
    const dir = tempDir();
    cpSync(fixture("tree/ok.md"), join(dir, "ok.md"));
    const made = spawnSync("mkfifo", [join(dir, "x.md")]);
    if (made.status !== 0) return; // no mkfifo here: nothing to test
    const check = await run(["--corpus", dir, "check"]);
    expect(check.stdout).toBe("x.md: warning: not a regular file (a named pipe; skipped)\n");
    expect(check.code).toBe(0);
    // Opening the pipe to read it would block this process for ever; answering proves it was not opened.
    const listed = await run(["--corpus", dir, "list", "--json"]);
    expect(listed.code).toBe(0);
    expect(problemLines(listed.stderr)).toEqual(["x.md: warning: not a regular file (a named pipe; skipped)"]);
    expect(listed.stderr).not.toMatch(NO_STACK);
  });
});
