#!/usr/bin/env node
/**
 * Sanity checks for a corpus written by bench/generate.mjs (no dependencies).
 *
 *   node bench/verify.mjs /tmp/summits-bench-1000
 *
 * Checks: front matter; body size 2–8 KB; every encounter `quote` and quote `text`
 * is an exact substring of its article's body; participants and speakers are named
 * in full in the body; weekday / "yesterday" / "last week" phrases resolve to the
 * truth date against `published`; held encounters are 0–20 days before publication
 * and announced ones 1–20 days after; no two distinct encounters share principals
 * within a calendar month; `sharedWith` pairs are mutual and otherwise identical.
 * Exits 1 on the first kind of failure (listing up to 10 examples per check).
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node bench/verify.mjs CORPUS_DIR\n');
  process.exit(2);
}
const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const WD = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const dayNum = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;
const failures = {};
const fail = (check, msg) => {
  (failures[check] ??= []).push(msg);
};

const cache = new Map();
function article(rel) {
  let a = cache.get(rel);
  if (a) return a;
  const text = fs.readFileSync(path.join(dir, rel), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error(`${rel}: no front matter`);
  const fm = Object.fromEntries(m[1].split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
  a = { fm, body: text.slice(m[0].length) };
  if (cache.size > 2000) cache.clear();
  cache.set(rel, a);
  return a;
}

// every article: front matter and size
let articles = 0;
for (const d of fs.readdirSync(dir).filter((n) => /^\d{3,}$/.test(n)).sort()) {
  const files = fs.readdirSync(path.join(dir, d));
  if (files.length > 1000) fail('folder', `${d} has ${files.length} files`);
  for (const f of files.sort()) {
    articles++;
    const rel = `${d}/${f}`;
    const { fm, body } = article(rel);
    if (!/^".*"$/.test(fm.title ?? '')) fail('frontmatter', `${rel}: title ${fm.title}`);
    if (!fm.publisher) fail('frontmatter', `${rel}: publisher`);
    if (!/^"\d{4}-\d{2}-\d{2}"$/.test(fm.published ?? '')) fail('frontmatter', `${rel}: published ${fm.published}`);
    if (!['news', 'analysis', 'explainer'].includes(fm.kind)) fail('frontmatter', `${rel}: kind ${fm.kind}`);
    const n = Buffer.byteLength(body);
    if (n < 2048 || n > 8192) fail('size', `${rel}: body ${n} bytes`);
  }
}
if (articles !== truth.count) fail('count', `${articles} articles, truth says ${truth.count}`);

const byPair = new Map();
const byArticle = new Map();
for (const e of truth.encounters) {
  const { fm, body } = article(e.article);
  byArticle.set(`${e.article}|${e.principals.join('|')}|${e.date}`, e);
  if (!body.includes(e.quote)) fail('substring', `${e.article}: ${e.quote}`);
  for (const p of e.participants) if (!body.includes(p)) fail('names', `${e.article}: participant ${p} never named in full`);
  const P = dayNum(fm.published.slice(1, -1));
  const lo = e.date.length === 10 ? dayNum(e.date) : dayNum(e.date.length === 7 ? `${e.date}-01` : `${e.date}-01-01`);
  const hi = e.date.length === 10 ? lo : e.date.length === 7 ? dayNum(`${e.date}-28`) + 3 : dayNum(`${e.date}-12-31`);
  if (lo < dayNum('1985-01-01') || lo > dayNum('2025-12-31')) fail('range', `${e.article}: ${e.date}`);
  if (e.status === 'held' && !(P - hi <= 20 + 31 && lo <= P)) fail('gap', `${e.article}: held ${e.date} published ${fm.published}`);
  if (e.status === 'announced' && !(hi > P && lo - P <= 20)) fail('gap', `${e.article}: announced ${e.date} published ${fm.published}`);
  if (e.date.length === 10) {
    const E = dayNum(e.date);
    const gap = e.status === 'held' ? P - E : E - P;
    if (gap < (e.status === 'held' ? 0 : 1) || gap > 20) fail('gap', `${e.article}: ${e.date} vs ${fm.published}`);
    const wd = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(,?)/.exec(e.quote);
    if (wd) {
      if (WD[((E % 7) + 11) % 7] !== wd[1]) fail('weekday', `${e.article}: ${wd[1]} is not ${e.date}`);
      if (!wd[2] && gap > 6) fail('weekday', `${e.article}: bare "${wd[1]}" ${gap} days from publication`);
    }
    if (/\byesterday\b/.test(e.quote) && P - E !== 1) fail('relative', `${e.article}: yesterday`);
    if (/\btomorrow\b/.test(e.quote) && E - P !== 1) fail('relative', `${e.article}: tomorrow`);
  }
  if (/\blast week\b/.test(e.quote)) {
    const d = new Date(P * 86400000);
    const since = (d.getUTCDay() + 6) % 7;
    const from = new Date((P - since - 8) * 86400000).toISOString().slice(0, 7);
    if (from !== e.date || fm.published.slice(1, 8) !== e.date) fail('relative', `${e.article}: last week -> ${e.date}`);
  }
  if (e.principals.length !== 2 || e.principals.some((p) => !e.participants.includes(p))) fail('principals', e.article);
  if ((e.city === null) !== ['call', 'video'].includes(e.kind)) fail('place', `${e.article}: ${e.kind} in ${e.city}`);
  if ((e.event !== null) !== (e.kind === 'sideline')) fail('event', `${e.article}: ${e.kind} / ${e.event}`);
  if (e.sharedWith && e.article > e.sharedWith) continue; // the later report of a shared encounter
  const pk = [...e.principals].sort().join('|');
  const prev = byPair.get(pk) ?? [];
  for (const d of prev) {
    const clash = d.length === 4 || e.date.length === 4 ? d.slice(0, 4) === e.date.slice(0, 4) : d.slice(0, 7) === e.date.slice(0, 7);
    if (clash) fail('unique', `${e.article}: ${pk} ${e.date} clashes with ${d}`);
  }
  prev.push(e.date);
  byPair.set(pk, prev);
}

let shared = 0;
for (const e of truth.encounters) {
  if (!e.sharedWith) continue;
  shared++;
  const o = byArticle.get(`${e.sharedWith}|${e.principals.join('|')}|${e.date}`);
  if (!o || o.sharedWith !== e.article) {
    fail('shared', `${e.article}: no mutual partner in ${e.sharedWith}`);
    continue;
  }
  const strip = ({ article, quote, sharedWith, ...rest }) => JSON.stringify(rest);
  if (strip(o) !== strip(e)) fail('shared', `${e.article} vs ${e.sharedWith}: truth differs`);
}

for (const q of truth.quotes) {
  const { body } = article(q.article);
  if (!body.includes(q.text)) fail('substring', `${q.article}: quote ${q.text}`);
  if (!body.includes(q.speaker)) fail('names', `${q.article}: speaker ${q.speaker} never named in full`);
}

const checks = Object.keys(failures);
for (const c of checks) {
  process.stderr.write(`FAIL ${c}: ${failures[c].length}\n`);
  for (const m of failures[c].slice(0, 10)) process.stderr.write(`  ${m}\n`);
}
process.stdout.write(
  JSON.stringify({ articles, encounters: truth.encounters.length, unique: truth.encounters.length - shared / 2, quotes: truth.quotes.length, ok: !checks.length }) + '\n',
);
process.exit(checks.length ? 1 : 0);
