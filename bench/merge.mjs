#!/usr/bin/env node
/**
 * Merging many reports of one pair of people (`npm run bench:merge`).
 *
 *   node bench/merge.mjs [--sizes 1000,2000,4000] [--seed 7] [--runs 3]
 *
 * The same leaders meet all the time, so a real corpus has thousands of
 * reports of one pair. This feeds src/resolve/merge.ts synthetic sightings of
 * one pair — about two reports per encounter, days, months and a few undated
 * reports, in person in a handful of cities and by phone — and prints the
 * median time of mergeEncounters per size and the ratio to the smallest size.
 * Linear would be 4× for 4× the reports. Timing lives here, never in a test.
 */
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const sizes = opt('--sizes', '1000,2000,4000').split(',').map(Number);
const seed = Number(opt('--seed', '7'));
const runs = Number(opt('--runs', '3'));

const work = mkdtempSync(join(tmpdir(), 'summits-bench-merge-'));
try {
  await build({ absWorkingDir: root, entryPoints: ['src/resolve/merge.ts'], outfile: join(work, 'merge.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' });
  const { mergeEncounters } = await import(pathToFileURL(join(work, 'merge.mjs')).href);

  // mulberry32: a seeded generator, so every run merges the same reports.
  const random = (s) => () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const CITIES = [['Geneva', 'Switzerland'], ['Helsinki', 'Finland'], ['Vienna', 'Austria'], ['Beijing', 'China'], ['Osaka', 'Japan']];
  const pad = (n) => String(n).padStart(2, '0');
  const person = (name, start) => ({ name, start, end: start + name.length, role: null, side: null });

  function reports(n) {
    const rnd = random(seed + n);
    const encounters = Array.from({ length: Math.ceil(n / 2) }, () => {
      const day = new Date(Date.UTC(2000, 0, 1) + Math.floor(rnd() * 25 * 365) * 86_400_000);
      const remote = rnd() < 0.4;
      const [city, country] = CITIES[Math.floor(rnd() * CITIES.length)];
      return { day: `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`, kind: remote ? 'call' : rnd() < 0.5 ? 'summit' : 'meeting', city, country };
    });
    return Array.from({ length: n }, (_, i) => {
      const e = encounters[Math.floor(rnd() * encounters.length)];
      const r = rnd();
      const date = r < 0.7 ? e.day : r < 0.9 ? e.day.slice(0, 7) : r < 0.97 ? e.day.slice(0, 4) : null;
      const place = e.kind === 'call' ? null : { start: 40, end: 46, text: e.city, city: e.city, region: null, country: e.country, venue: null, prep: 'in' };
      const candidate = {
        kind: e.kind, status: 'held', date, dateText: null, place, event: null,
        participants: [person('Anna Bergström', 0), person('Arief Wicaksono', 20)],
        evidence: { start: 0, end: 60 }, reference: false, sentence: 0, whereabouts: [], topics: [],
      };
      return { id: `r${i}.md`, sightings: [{ document: `r${i}.md`, candidate, people: ['anna-bergstrom', 'arief-wicaksono'] }] };
    });
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const results = [];
  for (const n of sizes) {
    const docs = reports(n);
    const times = [];
    let encounters = 0;
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      encounters = mergeEncounters(docs).length;
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    results.push({ n, ms: median(times), encounters });
  }
  const base = results[0];
  for (const r of results) {
    console.log(`${r.n} reports of one pair → ${r.encounters} encounters: ${r.ms.toFixed(1)} ms (${(r.ms / base.ms).toFixed(2)}× the time of ${base.n})`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
