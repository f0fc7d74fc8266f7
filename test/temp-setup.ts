// Every test file runs with a temporary folder of its own as TMPDIR (os.tmpdir()
// and the summits processes the tests spawn both honour it), and fails if it
// leaves anything there. Tests create folders for corpora and caches all the
// time; this is what makes "every test cleans up" checked rather than hoped.
// The folder is private so that other test runs on the machine cannot make
// the check pass or fail.

import { chmodSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";

const outer = process.env["TMPDIR"];
const ownTmp = mkdtempSync(join(tmpdir(), "summits-test-file-"));
// Others may pass through, as through /tmp: a test runs the CLI as nobody to meet a permission error.
chmodSync(ownTmp, 0o711);
process.env["TMPDIR"] = ownTmp;

// Registered first, so it runs after the test file's own afterAll hooks (vitest runs them as a stack).
afterAll(() => {
  const left = readdirSync(ownTmp);
  if (outer === undefined) delete process.env["TMPDIR"];
  else process.env["TMPDIR"] = outer;
  rmSync(ownTmp, { recursive: true, force: true });
  expect(left, "left behind in the temporary folder by this test file").toEqual([]);
});
