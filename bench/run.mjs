#!/usr/bin/env node
/**
 * The summits benchmark (`npm run bench`; no dependencies beyond the project).
 *
 *   node bench/run.mjs [--full] [--sizes 1000,10000] [--runs 10] [--seed 42] [--keep]
 *
 * For each size it generates a seeded corpus (bench/generate.mjs) in a temp
 * folder and measures, against the built CLI (bin/summits → dist/):
 *   - cold build: `summits --corpus DIR list --json` with an empty cache folder,
 *     and from it articles per second and peak RSS;
 *   - warm `list`, `list --with X`, `ask` and `search`: median of --runs runs
 *     each, interleaved with `node -e 0` in the same run, so machine noise hits
 *     both alike; peak RSS of each warm query (the largest reported);
 *   - the index's size on disk;
 *   - recall against truth.json: every generated encounter must be listed
 *     (principals' surnames, date prefix, in-person vs remote);
 *   - at every size: one article added, then changed, then deleted in the warm
 *     corpus, and the time of the next `ask` after each (the update).
 * Then the built-in corpus: `list` and `ask` against `node -e 0`.
 *
 * NODE_EXTRA_CA_CERTS is removed from the environment of every timed process:
 * on Node 20 it adds ~48 ms to each start, which is not summits' doing.
 * --full adds 100,000 articles (its cold build is bounded by --timeout, minutes).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'summits');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const full = args.includes('--full');
const sizes = (opt('--sizes', null)?.split(',').map(Number)) ?? (full ? [1000, 10000, 100000] : [1000, 10000]);
const runs = Number(opt('--runs', '10'));
const seed = Number(opt('--seed', '42'));
const timeoutMin = Number(opt('--timeout', '20'));
const keep = args.includes('--keep');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const baseEnv = { ...process.env };
delete baseEnv.NODE_EXTRA_CA_CERTS;
delete baseEnv.SUMMITS_CORPUS;
delete baseEnv.SUMMITS_NO_CACHE;
const log = (s) => process.stderr.write(`${s}\n`);
const loadAtStart = loadavg();

if (!existsSync(join(root, 'dist', 'summits.js'))) {
  log('dist/ is missing: run npm run build first');
  process.exit(2);
}

// In-process peak RSS for machines without /usr/bin/time: worker threads share the process, so this covers them.
const work = mkdtempSync(join(tmpdir(), 'summits-bench-'));
const wrapper = join(work, 'rss-wrapper.mjs');
writeFileSync(
  wrapper,
  `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\nawait import(${JSON.stringify(new URL('../dist/summits.js', import.meta.url).href)});\n`,
);

/** Runs a command once: wall time in ms, exit status, stdout, and peak RSS in KB when asked. */
function run(argv, env, { rss = false, timeoutMs = 600_000 } = {}) {
  let cmd = process.execPath;
  let full = argv;
  const rssFile = join(work, 'rss.txt');
  if (rss && TIME) {
    cmd = TIME;
    full = ['-v', process.execPath, ...argv];
  } else if (rss) {
    full = [wrapper, ...argv.slice(1)];
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, full, { env: { ...env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  let peakKB = null;
  if (rss && TIME) peakKB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN);
  else if (rss) peakKB = Number(readFileSync(rssFile, 'utf8'));
  return { ms, status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', peakKB };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median of `runs` runs of each command, all interleaved with node -e 0. */
function warm(commands, env) {
  const times = { node: [], ...Object.fromEntries(Object.keys(commands).map((k) => [k, []])) };
  for (let i = 0; i < runs; i++) {
    times.node.push(run(['-e', '0'], env).ms);
    for (const [k, argv] of Object.entries(commands)) {
      const r = run([bin, ...argv], env);
      if (r.status !== 0) throw new Error(`${k} failed (${r.status}): ${r.stderr.slice(0, 300)}`);
      times[k].push(r.ms);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

function du(dir) {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) n += statSync(join(e.parentPath, e.name)).size;
  return n;
}

// Recall: the same matching as ../shared/tools/score.mjs.
const norm = (s) => String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const lastName = (name) => norm(name).split(/\s+/).filter(Boolean).pop() ?? '';
const kindClass = (k) => (['summit', 'sideline', 'meeting'].includes(k) ? 'in-person' : 'remote');
const dateFits = (a, b) => !b || (!!a && (String(a).startsWith(b) || String(b).startsWith(a)));

function recall(truth, listed) {
  const byPair = new Map();
  const bySource = new Map();
  for (const e of listed) for (const d of new Set(e.sources.map((x) => x.document))) (bySource.get(d) ?? bySource.set(d, []).get(d)).push(e);
  for (const e of listed) {
    const names = e.participants.map((p) => norm(p.name));
    for (const g of new Set(names.flatMap((n) => n.split(/\s+/)))) (byPair.get(g) ?? byPair.set(g, []).get(g)).push({ e, names });
  }
  const seen = new Set();
  const unique = truth.encounters.filter((t) => {
    if (!t.sharedWith) return true;
    const k = [t.article, t.sharedWith].sort().join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const missed = [];
  for (const t of unique) {
    const surnames = t.principals.map(lastName);
    const candidates = (byPair.get(surnames[0]) ?? []).filter(({ names }) => surnames.every((s) => names.some((n) => n.includes(s))));
    const fits = (c) => dateFits(c.e.date, t.date) && kindClass(c.e.kind) === kindClass(t.kind);
    const sources = (c) => c.e.sources.some((s) => s.document === t.article || s.document === t.sharedWith);
    if (candidates.some(fits)) continue;
    const fromArticle = (bySource.get(t.article) ?? []).concat(t.sharedWith ? bySource.get(t.sharedWith) ?? [] : []);
    const both = fromArticle.filter((e) => surnames.every((s) => e.participants.some((p) => norm(p.name).includes(s))));
    const one = fromArticle.filter((e) => surnames.some((s) => e.participants.some((p) => norm(p.name).includes(s))));
    let why = 'not extracted from its article';
    if (both.length) why = !both.some((e) => dateFits(e.date, t.date)) ? 'wrong date' : 'wrong kind';
    else if (one.length) why = 'extracted with one principal only';
    missed.push({ ...t, why });
  }
  return { unique: unique.length, found: unique.length - missed.length, missed };
}

function pickQueries(truth) {
  const pairs = new Map();
  for (const t of truth.encounters) {
    const k = [...t.principals].sort().join('|');
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  const [pair] = [...pairs].sort((a, b) => b[1] - a[1])[0];
  const [a, b] = pair.split('|');
  return {
    ask: ['ask', `when did ${a} and ${b} meet`],
    search: ['search', `${a.split(' ').pop()} ${b.split(' ').pop()}`],
    names: [a, b],
  };
}

const fmt = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const rows = [];
const notes = [];

for (const size of sizes) {
  const corpus = join(work, `corpus-${size}`);
  const cache = join(work, `cache-${size}`);
  log(`\n## ${size} articles: generating (seed ${seed})…`);
  const g = spawnSync(process.execPath, [join(root, 'bench', 'generate.mjs'), '--count', String(size), '--out', corpus, '--seed', String(seed)], { env: baseEnv, encoding: 'utf8' });
  if (g.status !== 0) throw new Error(`generate failed: ${g.stderr}`);
  const truth = JSON.parse(readFileSync(join(corpus, 'truth.json'), 'utf8'));
  // truth.json is not an article, but keep it out of the folder summits reads anyway.
  rmSync(join(corpus, 'truth.json'));
  const env = { ...baseEnv, SUMMITS_CACHE_DIR: cache };

  log('cold build…');
  const cold = run([bin, '--corpus', corpus, 'list', '--json'], env, { rss: true, timeoutMs: timeoutMin * 60_000 });
  if (cold.status !== 0) {
    notes.push(`${size}: cold build did not finish (${cold.signal ? `stopped after ${timeoutMin} min` : `exit ${cold.status}`})`);
    rows.push({ size, cold: null });
    if (!keep) rmSync(corpus, { recursive: true, force: true });
    continue;
  }
  const listed = JSON.parse(cold.stdout);
  const r = recall(truth, listed);
  const q = pickQueries(truth);
  log(`warm queries (${runs} runs each): ${q.ask[1]} | search ${q.search[1]}`);
  const w = warm({ list: ['--corpus', corpus, 'list'], with: ['--corpus', corpus, 'list', '--with', q.names[0]], ask: ['--corpus', corpus, ...q.ask], search: ['--corpus', corpus, ...q.search] }, env);
  const warmRss = Math.max(...[q.ask, ['list', '--with', q.names[0]], q.search].map((argv) => run([bin, '--corpus', corpus, ...argv], env, { rss: true }).peakKB));
  const cacheBytes = du(cache);

  // Updates: the next answer after one article is added, changed, deleted.
  const added = join(corpus, 'zz-added.md');
  const src = readFileSync(join(corpus, '000', 'a000000.md'), 'utf8');
  const next = () => {
    const r = run([bin, '--corpus', corpus, ...q.ask], env);
    if (r.status !== 0) throw new Error(`ask after an update failed (${r.status}): ${r.stderr.slice(0, 300)}`);
    return r.ms;
  };
  writeFileSync(added, `${src}\nThe two leaders spoke again by phone yesterday, officials said.\n`);
  const addMs = next();
  writeFileSync(added, `${src}\nThe two leaders spoke again by phone on Tuesday, officials said.\n`);
  const changeMs = next();
  rmSync(added);
  const deleteMs = next();
  const reindex = { add: addMs, change: changeMs, delete: deleteMs, after: next() };
  rows.push({ size, cold: cold.ms, rate: size / (cold.ms / 1000), coldRss: cold.peakKB, warm: w, warmRss, cacheBytes, recall: r, reindex, q });
  if (!keep) rmSync(corpus, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}

// The built-in corpus: start-up against Node's own.
log('\n## built-in corpus');
const builtinEnv = { ...baseEnv, SUMMITS_CACHE_DIR: join(work, 'cache-builtin') };
const builtin = warm({ list: ['list'], ask: ['ask', 'when did Biden and Putin talk'] }, builtinEnv);

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const out = [];
out.push(`Machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}; load average (1, 5, 15 min) ${loadAtStart.map((x) => x.toFixed(1)).join(', ')} at the start, ${loadavg().map((x) => x.toFixed(1)).join(', ')} at the end.`);
out.push(`NODE_EXTRA_CA_CERTS was unset for every timed process. Warm times are medians of ${runs} runs, interleaved with \`node -e 0\`. Peak RSS from ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}.`);
out.push('');
out.push('| articles | cold build | articles/s | peak RSS (cold) | `node -e 0` | warm `list` | warm `list --with X` | warm `ask` | warm `search` | peak RSS (warm queries) | index on disk | added → next answer | changed → | deleted → | recall |');
out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  if (r.cold === null) {
    out.push(`| ${r.size.toLocaleString('en')} | did not finish | | | | | | | | | | | | | |`);
    continue;
  }
  out.push(`| ${r.size.toLocaleString('en')} | ${fmt(r.cold)} | ${Math.round(r.rate)} | ${Math.round(r.coldRss / 1024)} MB | ${fmt(r.warm.node)} | ${fmt(r.warm.list)} | ${fmt(r.warm.with)} | ${fmt(r.warm.ask)} | ${fmt(r.warm.search)} | ${Math.round(r.warmRss / 1024)} MB | ${mb(r.cacheBytes)} | ${fmt(r.reindex.add)} | ${fmt(r.reindex.change)} | ${fmt(r.reindex.delete)} | ${r.recall.found}/${r.recall.unique} (${((100 * r.recall.found) / r.recall.unique).toFixed(1)}%) |`);
}
out.push('');
out.push(`Built-in corpus: \`node -e 0\` ${fmt(builtin.node)}, \`summits list\` ${fmt(builtin.list)} (${(builtin.list / builtin.node).toFixed(2)}×), \`summits ask "when did Biden and Putin talk"\` ${fmt(builtin.ask)} (${(builtin.ask / builtin.node).toFixed(2)}×).`);
for (const r of rows) {
  if (r.reindex) out.push(`Updates at ${r.size.toLocaleString('en')}: the \`ask\` after an update ${fmt(r.reindex.add)} (added), ${fmt(r.reindex.change)} (changed), ${fmt(r.reindex.delete)} (deleted); the one after that ${fmt(r.reindex.after)}.`);
}
for (const r of rows) if (r.q) out.push(`Queries at ${r.size.toLocaleString('en')}: \`${r.q.ask.join(' ')}\`, \`${r.q.search.join(' ')}\`.`);
for (const n of notes) out.push(`Note: ${n}`);
for (const r of rows) {
  if (!r.recall || r.recall.missed.length === 0) continue;
  const why = new Map();
  for (const m of r.recall.missed) why.set(m.why, (why.get(m.why) ?? 0) + 1);
  const kinds = new Map();
  for (const m of r.recall.missed) kinds.set(`${m.kind}/${m.status}`, (kinds.get(`${m.kind}/${m.status}`) ?? 0) + 1);
  out.push('');
  out.push(`Missed at ${r.size.toLocaleString('en')}: ${[...why].map(([k, v]) => `${v} ${k}`).join('; ')}. By kind: ${[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  for (const k of why.keys()) for (const m of r.recall.missed.filter((x) => x.why === k).slice(0, 2)) out.push(`- ${m.article} (${m.kind} ${m.status}, ${m.date}; ${m.why}): “${m.quote}”`);
}
process.stdout.write(`${out.join('\n')}\n`);
writeFileSync(join(tmpdir(), 'summits-bench-last.json'), JSON.stringify({ rows: rows.map((r) => ({ ...r, recall: r.recall && { unique: r.recall.unique, found: r.recall.found, missed: r.recall.missed } })), builtin, notes }, null, 1));
if (!keep) rmSync(work, { recursive: true, force: true });
else log(`kept ${work}`);
