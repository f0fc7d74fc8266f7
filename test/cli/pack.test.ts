// The package as a user gets it: `npm pack`, installed into a fresh prefix,
// run from another folder. The tarball ships what runs and nothing else.

import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const work = mkdtempSync(join(tmpdir(), "summits-pack-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" }, stdio: ["ignore", "pipe", "pipe"] });

describe("npm pack", () => {
  it("installs into a temporary prefix and answers from another folder", () => {
    // The bundle is already built (vitest's global setup); packing must not rebuild it under the other tests.
    npm(["pack", "--ignore-scripts", "--pack-destination", work], ROOT);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    expect(tarball).toBeDefined();
    const files = execFileSync("tar", ["tzf", join(work, tarball as string)], { encoding: "utf8" }).trim().split("\n").map((f) => f.replace(/^package\//, ""));
    expect(files).toContain("LICENSE");
    expect(files).toContain("dist/summits.js");
    expect(files).toContain("dist/builtin-index.json");
    expect(files).toContain("scripts/prepare.mjs");
    // Only what runs: not the eval harness, the install-time indexer, the sources or the tests.
    expect(files.filter((f) => /^(src|test|bench)\/|dist\/(eval|prebuild)\.js$|scripts\/build\.mjs$/.test(f))).toEqual([]);

    const prefix = join(work, "prefix");
    npm(["install", "--global", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", join(work, tarball as string)], work);
    const elsewhere = mkdtempSync(join(work, "elsewhere-"));
    const r = spawnSync(join(prefix, "bin", "summits"), ["list"], { cwd: elsewhere, encoding: "utf8", env: { ...process.env, SUMMITS_CACHE_DIR: join(work, "cache"), NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("id\tdate\tkind\tevent\tstatus\tdisputed\tplace\tparticipants");
    expect(r.stdout).toMatch(/^geneva-2021\t2021-06-16\t/m);
    // A folder of its own: indexing loads the extractor's chunks and the gazetteer's packages.
    cpSync(join(ROOT, "corpus", "002-geneva-summit-live.md"), join(elsewhere, "geneva.md"));
    const own = spawnSync(join(prefix, "bin", "summits"), ["--corpus", ".", "list", "--json", "id"], { cwd: elsewhere, encoding: "utf8", env: { ...process.env, SUMMITS_CACHE_DIR: join(work, "cache") } });
    expect(own.stderr).toBe("");
    expect(JSON.parse(own.stdout)).toEqual([{ id: "geneva-2021" }]);
    // A question that needs the word list and the gazetteer's countries, both dependencies read at run time.
    const declined = spawnSync(join(prefix, "bin", "summits"), ["ask", "did Putin meet Macron"], { cwd: elsewhere, encoding: "utf8", env: { ...process.env, SUMMITS_CACHE_DIR: join(work, "cache") } });
    expect(declined.status).toBe(1);
    expect(declined.stderr).toMatch(/"Macron" is not in this corpus/);
  }, 180_000);
});
