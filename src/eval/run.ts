// `npm run eval`: scores every corpus in test/gold/manifest.json against its
// gold file and checks the numbers against test/gold/baseline.json.
//
//   npm run eval [-- --verbose] [-- --json] [-- --update-baseline]
//
// Exit status: 0 when nothing fell below the baseline, 1 when something did,
// 2 when the harness itself could not run.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { regressions, summarize, toBaseline, type Regression, type Summary } from "./baseline.js";
import type { Report } from "./score.js";
import { BASELINE, entryPresent, evaluateEntry, readBaseline, readManifest, type EntryReport } from "./suite.js";

const FLAGS = new Set(["--json", "--verbose", "--update-baseline", "--help"]);

const two = (x: number) => x.toFixed(2);

function table(rows: readonly EntryReport[]): string {
  const head = ["set", "encounters P/R/F1", "kind", "date", "place", "in quiet articles", "attendees P/R", "quotes", "questions"];
  const body = rows.map(({ name, report: r }) => {
    const e = r.encounters;
    return [name, `${two(e.precision)}/${two(e.recall)}/${two(e.f1)}`, two(e.kindExact), two(e.dateExact), two(e.place), e.inQuietArticles === null ? "-" : String(e.inQuietArticles),
      `${two(r.attendees.precision)}/${two(r.attendees.recall)}`, `${r.quotes.attributed}/${r.quotes.want}`, `${r.questions.passed}/${r.questions.total}`];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? "").length)));
  return [head, ...body].map((row) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}

function misses(gold: string, r: Report): string {
  const out = [`${gold}:`];
  const e = r.encounters;
  out.push(`  encounters: found ${e.found}, matched ${e.tp}/${e.tp + e.missed.length}, false ${e.fp}`);
  for (const m of e.missed) out.push(`    missed ${m.key} (${m.date ?? "undated"} ${m.kind ?? "?"}; ${m.sources.join(", ") || "no evidence listed"})`);
  for (const f of e.falsePositives) out.push(`    not in gold: ${f}`);
  for (const m of e.mismatches) out.push(`    ${m.field} of ${m.key} (${m.id}): gold ${m.gold ?? "none"}, found ${m.found ?? "none"}`);
  for (const a of r.attendees.entries) {
    const parts = [`${a.found}/${a.want} found, ${a.listed} listed`];
    if (!a.hasEncounter) parts.push("no encounter has this id");
    if (a.missing.length) parts.push(`missing ${a.missing.join(", ")}`);
    if (a.extra.length) parts.push(`not in gold ${a.extra.join(", ")}`);
    if (a.wrong.length) parts.push(`wrongly listed ${a.wrong.join(", ")}`);
    out.push(`  attendees ${a.key}: ${parts.join("; ")}`);
  }
  out.push(`  quotes: ${r.quotes.attributed}/${r.quotes.want} attributed (${r.quotes.claims} claims)`);
  for (const q of r.quotes.missed) out.push(`    unattributed: ${q.speaker}: "${q.contains}"${q.source ? ` (${q.source})` : ""}`);
  out.push(`  questions: ${r.questions.passed}/${r.questions.total} pass`);
  for (const q of r.questions.results) if (!q.pass) out.push(`    FAIL ${q.q}  (${q.why})`);
  return out.join("\n");
}

const describe = (r: Regression) => `${r.gold}: ${r.metric} ${r.current} is ${r.metric === "inQuietArticles" ? "above" : "below"} the baseline ${r.baseline}`;

async function run(args: readonly string[]): Promise<number> {
  const unknown = args.filter((a) => !FLAGS.has(a));
  if (unknown.length || args.includes("--help")) {
    process.stderr.write(`usage: npm run eval [-- --verbose] [-- --json] [-- --update-baseline]${unknown.length ? `\nunknown: ${unknown.join(" ")}` : ""}\n`);
    return unknown.length ? 2 : 0;
  }
  // npm runs scripts from the package root, where the manifest's paths start.
  const root = process.cwd();
  const reports: EntryReport[] = [];
  for (const entry of readManifest(root)) {
    if (entryPresent(root, entry)) reports.push(await evaluateEntry(root, entry));
    else process.stderr.write(`eval: skipping ${entry.name}: ${entry.gold} or ${entry.corpus} is not on this machine\n`);
  }
  const summaries: Record<string, Summary> = Object.fromEntries(reports.map((r) => [r.name, summarize(r.report)]));

  if (args.includes("--update-baseline")) {
    // Sets not on this machine keep the floor they had.
    writeFileSync(join(root, BASELINE), `${JSON.stringify({ ...readBaseline(root), ...toBaseline(summaries) }, null, 2)}\n`);
  }
  const baseline = readBaseline(root);
  const dropped = reports.flatMap((r) => regressions(r.name, summaries[r.name] as Summary, baseline));

  if (args.includes("--json")) {
    process.stdout.write(`${JSON.stringify({ reports, summaries, baseline, regressions: dropped }, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(reports)}\n`);
    if (args.includes("--verbose")) for (const r of reports) process.stdout.write(`\n${misses(r.name, r.report)}\n`);
    if (args.includes("--update-baseline")) process.stdout.write(`\nbaseline written to ${BASELINE}\n`);
    const missing = reports.filter((r) => !baseline[r.name]).map((r) => r.name);
    if (missing.length) process.stdout.write(`\nno baseline yet for ${missing.join(", ")} (run with --update-baseline)\n`);
  }
  for (const d of dropped) process.stderr.write(`eval: ${describe(d)}\n`);
  return dropped.length ? 1 : 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
