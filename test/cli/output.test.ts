// Output that fits the terminal and feeds scripts (issue 9): every command at
// 80 and 120 columns, piped output as TSV with one header row, the formats,
// field selection, listing options, empty results, ambiguity, argument checks,
// colour, front-matter fields left quiet, and the exit-code contract.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayWidth, stripAnsi } from "../../src/render/width.js";
import { ROOT, runCli } from "../helpers.js";

/** Every command that prints records or prose about them, with arguments that find something in the built-in corpus. */
const COMMANDS: ReadonlyArray<readonly string[]> = [
  ["list"],
  ["list", "--with", "Biden"],
  ["show", "geneva-2021"],
  ["show", "quebec-2018"],
  ["who-attended", "geneva-2021"],
  ["people"],
  ["person", "Lavrov"],
  ["claims"],
  ["claims", "geneva-2021"],
  ["search", "Putin"],
  ["ask", "when did Biden and Putin talk"],
  ["ask", "how many times did Trump and Putin meet"],
  ["ask", "who attended geneva-2021"],
  ["ask", "what did Putin say about the Geneva summit"],
  ["sources"],
];

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function corpusOf(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "summits-output-"));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const widest = (text: string) => Math.max(0, ...text.split("\n").map((l) => displayWidth(stripAnsi(l))));

describe("terminal output fits the width", () => {
  for (const columns of [80, 120]) {
    for (const args of COMMANDS) {
      it(`${args.join(" ")} at ${columns} columns`, async () => {
        const r = await runCli([...args], { tty: true, columns });
        expect(r.code).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(0);
        expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
      });
    }
    it(`every --help at ${columns} columns`, async () => {
      for (const command of ["list", "show", "who-attended", "people", "person", "claims", "search", "ask", "sources", "check", "index", "cache", "completion"]) {
        const r = await runCli([command, "--help"], { tty: true, columns });
        expect(r.code).toBe(0);
        expect(widest(r.stdout), command).toBeLessThanOrEqual(columns);
      }
    });
  }

  it("counts wide characters as two columns and still fits", async () => {
    const dir = corpusOf({
      "cjk.md": `---\ntitle: "習近平與普京會晤：中俄關係的新篇章，一個很長很長的標題"\npublisher: "新華通訊社 新華社 國際新聞部 特別報道組"\npublished: "2023-03-21"\n---\nPresident Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday, the Kremlin said. 🤝\n`,
    });
    for (const args of [["sources"], ["list"], ["people"], ["show", "moscow-2023"]]) {
      const r = await runCli(["--corpus", dir, ...args], { tty: true, columns: 80 });
      expect(widest(r.stdout), args.join(" ")).toBeLessThanOrEqual(80);
    }
  });

  it("drops the least important columns first, names them, and --wide shows all", async () => {
    const narrow = await runCli(["list"], { tty: true, columns: 80, env: { NO_COLOR: "1" } });
    expect(narrow.stdout.split("\n")[0]).toMatch(/^ID\s+Date\s+Status\s+Participants$/);
    expect(narrow.stdout).toMatch(/\(kind, place left out to fit 80 columns; --wide shows all\)/);
    const roomier = await runCli(["list"], { tty: true, columns: 120, env: { NO_COLOR: "1" } });
    expect(roomier.stdout.split("\n")[0]).toMatch(/^ID\s+Date\s+Kind\s+Status\s+Place\s+Participants$/);
    const wide = await runCli(["list", "--wide"], { tty: true, columns: 80, env: { NO_COLOR: "1" } });
    expect(wide.stdout.split("\n")[0]).toMatch(/^ID\s+Date\s+Kind\s+Status\s+Place\s+Participants$/);
    expect(wide.stdout).toMatch(/Joe Biden, Vladimir Putin, Antony Blinken, Sergei Lavrov/);
  });

  it("wraps prose at the width with a hanging indent", async () => {
    const r = await runCli(["show", "quebec-2018"], { tty: true, columns: 60, env: { NO_COLOR: "1" } });
    const lines = r.stdout.split("\n");
    const curated = lines.findIndex((l) => l.startsWith("  curated: "));
    expect(curated).toBeGreaterThan(0);
    // The value goes on under itself, not under the label.
    expect(lines[curated + 1]).toMatch(/^ {11}\S/);
    expect(widest(r.stdout)).toBeLessThanOrEqual(60);
  });
});

/** TSV as a script reads it: a header row and rows of as many fields. */
function parseTsv(text: string): { header: string[]; rows: string[][] } {
  const lines = text.replace(/\n$/, "").split("\n");
  const header = (lines[0] ?? "").split("\t");
  const rows = lines.slice(1).map((l) => l.split("\t"));
  return { header, rows };
}

describe("piped output is data", () => {
  for (const args of [...COMMANDS, ["check", "--format", "tsv"]]) {
    it(`${args.join(" ")} parses as TSV with one header row`, async () => {
      const r = await runCli([...args]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/\u001b/);
      const { header, rows } = parseTsv(r.stdout);
      expect(header.every((h) => /^[a-z]+$/.test(h)), header.join(",")).toBe(true);
      if (args[0] !== "check") expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row).toHaveLength(header.length);
        expect(row.join("\t")).not.toBe(header.join("\t"));
      }
    });
  }

  it("ask puts its one-line answer on stderr and only records on stdout", async () => {
    const r = await runCli(["ask", "when did Biden and Putin talk"]);
    expect(r.stderr).toBe("2021-01 (call); 2021-06-16 in Geneva (summit); 2021-12-07 (video)\n");
    expect(r.stdout.split("\n")[0]).toBe("id\tdate\tkind\tevent\tstatus\tdisputed\tplace\tparticipants");
  });

  it("prints CSV, JSON and NDJSON on request", async () => {
    const csv = await runCli(["list", "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe("id,date,kind,event,status,disputed,place,participants");
    expect(csv.stdout).toMatch(/\nhamburg-2017,2017-07,sideline,G20 Summit,held,,"Hamburg, Germany","Donald Trump, Vladimir Putin"\n/);
    const json = await runCli(["list", "--format", "json"]);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBeGreaterThan(5);
    const ndjson = await runCli(["people", "--format", "ndjson"]);
    const lines = ndjson.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect((JSON.parse(line) as { id: string }).id).toMatch(/^[a-z0-9-]+$/);
    const bad = await runCli(["list", "--format", "yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/yaml/);
  });
});

describe("--json and field selection", () => {
  it("selects fields, in the order given, in any format", async () => {
    const r = await runCli(["list", "--json", "id,date,participants"]);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(Object.keys(list[0] ?? {})).toEqual(["id", "date", "participants"]);
    const tsv = await runCli(["people", "--fields", "name,side", "--format", "tsv"]);
    expect(tsv.stdout.split("\n")[0]).toBe("name\tside");
    const one = await runCli(["show", "geneva-2021", "--json", "id,attendees"]);
    expect(Object.keys(JSON.parse(one.stdout) as object)).toEqual(["id", "attendees"]);
    const answer = await runCli(["ask", "--json", "id,date", "when did Biden and Putin talk"]);
    const parsed = JSON.parse(answer.stdout) as { results: Array<Record<string, unknown>> };
    expect(parsed.results.map((x) => Object.keys(x))).toEqual([["id", "date"], ["id", "date"], ["id", "date"]]);
  });

  it("names the valid fields when one is not", async () => {
    const r = await runCli(["list", "--json", "id,dat"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('summits: --json: unknown field "dat"; valid fields: id, title, kind, status, date, event, location, participants, topics, sources, disputes, curated, whereabouts\n');
  });

  it("keeps a bare --json working in any position", async () => {
    for (const args of [["--json", "show", "geneva-2021"], ["show", "--json", "geneva-2021"], ["show", "geneva-2021", "--json"], ["person", "--json", "Lavrov"], ["claims", "--json", "geneva-2021"], ["list", "--json", "--year", "2018"]]) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
    const ask = await runCli(["ask", "--json", "when", "did", "Biden", "and", "Putin", "talk"]);
    expect((JSON.parse(ask.stdout) as { intent: string }).intent).toBe("when");
  });
});

describe("listing options", () => {
  it("--limit, --sort and --reverse on list, people, claims and search", async () => {
    const ids = async (args: string[]) => (JSON.parse((await runCli([...args, "--json"])).stdout) as Array<{ id: string }>).map((x) => x.id);
    expect(await ids(["list", "--limit", "2"])).toEqual(["hamburg-2017", "da-nang-2017"]);
    expect((await ids(["list", "--sort", "date", "--reverse"]))[0]).toMatch(/2025/);
    expect((await ids(["people", "--sort", "name", "--limit", "3"]))).toEqual(["alexander-lavrentyev", "anatoly-antonov", "anita-kumar"].slice(0, 3).sort());
    expect(await ids(["claims", "--limit", "1"])).toHaveLength(1);
    expect(await ids(["search", "Putin", "--limit", "2"])).toHaveLength(2);
    const bad = await runCli(["people", "--sort", "height"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sort: "height" is not a field; valid fields: id, name/);
    expect((await runCli(["list", "--limit", "0"])).code).toBe(2);
  });

  it("--side and --source filter where they apply", async () => {
    const people = JSON.parse((await runCli(["people", "--side", "Russia", "--json"])).stdout) as Array<{ side: string }>;
    expect(people.length).toBeGreaterThan(3);
    expect(people.every((p) => p.side === "Russia")).toBe(true);
    const claims = JSON.parse((await runCli(["claims", "--source", "002", "--json"])).stdout) as Array<{ source: { document: string } }>;
    expect(claims.length).toBeGreaterThan(3);
    expect(claims.every((c) => c.source.document.startsWith("002"))).toBe(true);
    const list = JSON.parse((await runCli(["list", "--source", "003", "--json"])).stdout) as Array<{ id: string }>;
    expect(list.map((e) => e.id)).toContain("helsinki-2018");
    expect(list.map((e) => e.id)).not.toContain("geneva-2021");
  });
});

describe("nothing found, ambiguity and bad arguments", () => {
  it("an empty result is one line on stderr and exit 1", async () => {
    const r = await runCli(["list", "--year", "2030"], { tty: true });
    expect(r).toEqual({ code: 1, stdout: "", stderr: "summits: no encounters match --year 2030\n" });
    const json = await runCli(["people", "--side", "Atlantis", "--json"]);
    expect(json).toEqual({ code: 1, stdout: "[]\n", stderr: "summits: no people match --side Atlantis\n" });
    const search = await runCli(["search", "zzzzqqq"]);
    expect(search.code).toBe(1);
    expect(search.stderr).toBe('summits: nothing matches "zzzzqqq"\n');
  });

  it("an id that matches several encounters lists them and picks none", async () => {
    const r = await runCli(["show", "trump"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^summits: "trump" is not an encounter id, and \d+ encounters are like it; did you mean "[a-z0-9-]+", "/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    // One encounter starts with "helsinki": that is not ambiguous.
    expect((await runCli(["show", "helsinki", "--json"])).code).toBe(0);
  });

  it("checks dates as calendar dates and echoes what was typed", async () => {
    for (const [flag, value] of [["--from", "2021-13-45"], ["--from", "2021-02-30"], ["--to", "June 2021"], ["--year", "21"]] as const) {
      const r = await runCli(["list", flag, value]);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toBe(`summits: ${flag}: "${value}" is not a date (${flag === "--year" ? "YYYY" : "YYYY, YYYY-MM or YYYY-MM-DD"})\n`);
    }
    expect((await runCli(["list", "--from", "2024-02-29", "--json"])).code).toBe(0);
  });
});

describe("colour", () => {
  const coloured = async (env: Record<string, string>, tty: boolean, args: string[] = ["list"]) => /\u001b\[/.test((await runCli(args, { tty, env })).stdout);
  it("follows FORCE_COLOR, NO_COLOR and --no-color", async () => {
    expect(await coloured({}, true)).toBe(true);
    expect(await coloured({}, false)).toBe(false);
    expect(await coloured({ FORCE_COLOR: "0" }, true)).toBe(false);
    expect(await coloured({ FORCE_COLOR: "false" }, true)).toBe(false);
    for (const level of ["1", "2", "3", "true", ""]) expect(await coloured({ FORCE_COLOR: level }, false), level).toBe(true);
    expect(await coloured({ NO_COLOR: "1" }, true)).toBe(false);
    expect(await coloured({ FORCE_COLOR: "1" }, true, ["list", "--no-color"])).toBe(false);
  });
});

describe("front matter summits does not use", () => {
  it("is accepted quietly, and listed by check --strict only", async () => {
    const dir = corpusOf({
      "a.md": `---\ntitle: "Talks"\npublished: "2021-06-16"\nlicense: "CC BY 2.5"\ntags: [diplomacy]\nauthor: someone\nlang: en\n---\nPresident Joe Biden met Russian President Vladimir Putin in Geneva on Wednesday.\n`,
    });
    const list = await runCli(["--corpus", dir, "list", "--json"]);
    expect(list.stderr).toBe("");
    expect(list.code).toBe(0);
    const check = await runCli(["--corpus", dir, "check"]);
    expect(check).toEqual({ code: 0, stdout: "", stderr: "summits: checked 1 article: 0 errors, 0 warnings (ok)\n" });
    const strict = await runCli(["--corpus", dir, "check", "--strict"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout.trimEnd().split("\n").map((l) => l.replace(/:\d+:/, ":"))).toEqual([
      "a.md: warning: license: unknown field (ignored)",
      "a.md: warning: tags: unknown field (ignored)",
      "a.md: warning: author: unknown field (ignored)",
      "a.md: warning: lang: unknown field (ignored)",
    ]);
  });
});

describe("help", () => {
  it("every command's help has real examples and the global options", async () => {
    for (const command of ["list", "show", "who-attended", "people", "person", "claims", "search", "ask", "sources", "check", "index", "cache", "completion"]) {
      const r = await runCli([command, "--help"]);
      expect(r.code).toBe(0);
      expect((r.stdout.match(/^\s+\$ summits /gm) ?? []).length, command).toBeGreaterThanOrEqual(2);
      expect(r.stdout, command).toMatch(/--corpus <dir>/);
      expect(r.stdout, command).toMatch(/--format <format>/);
    }
  });

  it("ask --help lists the question shapes, and each example is understood", async () => {
    const help = (await runCli(["ask", "--help"])).stdout;
    const examples = [...help.matchAll(/\$ summits ask "([^"]+)"/g)].map((m) => m[1] as string);
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const q of examples) {
      const r = await runCli(["ask", q, "--json"]);
      expect((JSON.parse(r.stdout) as { intent: string }).intent, q).not.toBe("unknown");
    }
  });
});

/**
 * The exit-code contract, once for every command: 0 answered with at least
 * one result, 1 nothing found or not understood, 2 usage error.
 */
const CONTRACT: ReadonlyArray<readonly [args: readonly string[], code: 0 | 1 | 2]> = [
  [["list"], 0], [["list", "--year", "1066"], 1], [["list", "--kind", "picnic"], 2],
  [["show", "geneva-2021"], 0], [["show", "nowhere-1900"], 1], [["show"], 2],
  [["who-attended", "geneva-2021"], 0], [["who-attended", "nowhere-1900"], 1], [["who-attended"], 2],
  [["people"], 0], [["people", "--side", "Atlantis"], 1], [["people", "--limit", "x"], 2],
  [["person", "Lavrov"], 0], [["person", "Nobody Atall"], 1], [["person"], 2],
  [["claims"], 0], [["claims", "--by", "Nobody Atall"], 1], [["claims", "--sort", "colour"], 2],
  [["search", "Putin"], 0], [["search", "zzzzqqq"], 1], [["search"], 2],
  [["ask", "when did Biden and Putin talk"], 0], [["ask", "did Obama meet Putin"], 1], [["ask", "how long did the Helsinki summit last"], 1], [["ask", ""], 2],
  [["ask", "did Putin meet Biden in Helsinki"], 0], [["ask", "how many times did Trump and Putin meet in 2030"], 0],
  [["sources"], 0], [["sources", "--json", "id,nope"], 2],
  [["check"], 0], [["check", "--format", "xml"], 2],
  [["cache", "path"], 0], [["cache", "nothing"], 2],
  [["completion", "bash"], 0], [["completion", "tcsh"], 2],
  [["no-such-command"], 2], [["--corpus", "/no/such/folder", "list"], 2],
];

describe("exit codes", () => {
  for (const [args, code] of CONTRACT) {
    it(`summits ${args.map((a) => (a.includes(" ") || a === "" ? JSON.stringify(a) : a)).join(" ")} → ${code}`, async () => {
      const r = await runCli([...args], { env: { SUMMITS_CACHE_DIR: join(tmpdir(), "summits-output-contract-unused") } });
      expect(r.code).toBe(code);
      // Whatever went wrong is said on stderr, never as a stack trace.
      if (code !== 0) {
        expect(r.stderr.length).toBeGreaterThan(0);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    });
  }
});

describe("completion", () => {
  it("bash completes commands, options, encounter ids and people's names", async () => {
    const script = (await runCli(["completion", "bash"])).stdout;
    const dir = corpusOf({ "completion.bash": script });
    const complete = (...words: string[]) => {
      const probe = `source ${JSON.stringify(join(dir, "completion.bash"))}\nCOMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(" ")}); COMP_CWORD=${words.length - 1}; _summits; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync("bash", ["-c", probe], { encoding: "utf8", env: { ...process.env, PATH: `${join(ROOT, "bin")}:${process.env["PATH"] ?? ""}`, SUMMITS_CACHE_DIR: join(dir, "cache") } });
      expect(r.stderr).toBe("");
      return r.stdout.trim().split("\n");
    };
    expect(complete("summits", "wh")).toEqual(["who-attended"]);
    expect(complete("summits", "list", "--so")).toEqual(["--source", "--sort"]);
    expect(complete("summits", "show", "gen")).toEqual(["geneva-2021"]);
    expect(complete("summits", "person", "Vlad")).toEqual(["Vladimir\\ Putin"]);
    expect(complete("summits", "list", "--with", "Joe")).toEqual(["Joe\\ Biden"]);
    expect(complete("summits", "--format", "nd")).toEqual(["ndjson"]);
  });

  it("zsh and fish scripts name every command and ask for ids and names", async () => {
    for (const shell of ["zsh", "fish"]) {
      const r = await runCli(["completion", shell]);
      expect(r.code).toBe(0);
      for (const command of ["list", "show", "who-attended", "people", "person", "claims", "search", "ask", "sources", "check", "index", "cache", "completion"]) expect(r.stdout, `${shell} ${command}`).toContain(command);
      expect(r.stdout).toContain("__complete ids");
      expect(r.stdout).toContain("__complete people");
    }
    expect(await runCli(["completion", "tcsh"])).toEqual({ code: 2, stdout: "", stderr: 'summits: completion: "tcsh" is not one of bash, zsh, fish\n' });
  });
});
