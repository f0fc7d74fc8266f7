// Walks a corpus folder and reads its articles: the only code that reads
// article files. Problems are collected, never thrown, so one bad file costs
// only itself.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { UsageError } from "../errors.js";
import { parseCorrections, type SourcedCorrection } from "./corrections.js";
import { splitFrontMatter } from "./front-matter.js";
import { metadataFields, validateMetadata, type ArticleMetadata } from "./schema.js";
import { parse as parseYaml } from "yaml";

export interface Article extends ArticleMetadata {
  /** Path relative to the corpus folder, with forward slashes: the document id. */
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly body: string;
  /** Line of the body's first character in the file, for problem reports. */
  readonly bodyLine: number;
  /** sha256 of the file's bytes: the cache key. */
  readonly hash: string;
  /** Curated corrections from the front matter, validated. */
  readonly corrections: readonly SourcedCorrection[];
}

export interface Problem {
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  readonly severity: "error" | "warning";
  readonly message: string;
}

export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface CorpusFile {
  readonly id: string;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** Article files under `dir`, recursively, in a stable order; hidden folders and node_modules skipped. */
export function listCorpus(dir: string): CorpusFile[] {
  let top;
  try {
    top = statSync(dir);
  } catch {
    throw new UsageError(`${dir}: corpus folder not found`);
  }
  if (!top.isDirectory()) throw new UsageError(`${dir}: corpus is not a folder`);
  const out: CorpusFile[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = join(folder, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        const st = statSync(full);
        out.push({ id: relative(dir, full).split(sep).join("/"), path: full, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(dir);
  return out;
}

function headerDate(body: string): string | null {
  for (const line of body.split("\n").slice(0, 6)) {
    const m = /^\s*(?:(?:published|updated|posted|date)\s*:?\s*(?:on\s+)?)?((?:[A-Z][a-z]+,?\s+)?[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\d{4}-\d{2}-\d{2})\s*$/i.exec(line);
    if (!m) continue;
    const parsed = metadataFields.published.safeParse(m[1]);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Reads one article file; returns the article (possibly body-only) and what was wrong with it. */
export function readArticle(file: CorpusFile, bytes?: Buffer): { article: Article | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (message: string, severity: Problem["severity"] = "warning", line: number | null = null, field: string | null = null) =>
    problems.push({ file: file.id, line, field, severity, message });
  let raw: Buffer;
  try {
    raw = bytes ?? readFileSync(file.path);
  } catch (err) {
    problem(`cannot read file (${(err as NodeJS.ErrnoException).code ?? "error"})`, "error");
    return { article: null, problems };
  }
  const text = raw.toString("utf8").replace(/^\uFEFF/, "");
  const isText = extname(file.id).toLowerCase() === ".txt";
  const fm = isText ? { data: {}, body: text, bodyLine: 1, problem: null } : splitFrontMatter(text);
  if (fm.problem) problem(fm.problem.message, "warning", fm.problem.line);
  const { metadata, problems: fieldProblems } = validateMetadata(fm.data);
  for (const p of fieldProblems) problem(`${p.field}: ${p.message}`, "warning", null, p.field);
  const firstLine = fm.body.split("\n").find((l) => l.trim())?.trim().replace(/^#+\s*/, "") ?? "";
  const title = metadata.title ?? (firstLine.slice(0, 200) || file.id);
  // A plain-text article may state its date in its header ("Published June 16, 2021"); that is the text's word, not a guess.
  const published = metadata.published ?? headerDate(fm.body);
  const curated = parseCorrections((fm.data as Record<string, unknown>)["corrections"], file.id, "corrections");
  for (const p of curated.problems) problem(p, "warning", null, "corrections");
  return {
    article: {
      ...metadata,
      published,
      id: file.id,
      path: file.path,
      title,
      body: fm.body,
      bodyLine: fm.bodyLine,
      hash: hashBytes(raw),
      corrections: curated.corrections,
    },
    problems,
  };
}

export const CURATION_FILE = "curation.yaml";

/** Corrections kept beside the articles in curation.yaml: a list of entries, each naming its `document`. */
export function readCuration(dir: string, parseYaml: (text: string) => unknown): { corrections: SourcedCorrection[]; problems: Problem[] } {
  const path = join(dir, CURATION_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { corrections: [], problems: [] };
  }
  const problems: Problem[] = [];
  const corrections: SourcedCorrection[] = [];
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (err) {
    return { corrections, problems: [{ file: CURATION_FILE, line: null, field: null, severity: "error", message: `invalid YAML: ${(err as Error).message.split("\n")[0]}` }] };
  }
  const entries = Array.isArray(value) ? value : [];
  entries.forEach((entry, i) => {
    const document = entry && typeof entry === "object" ? (entry as Record<string, unknown>)["document"] : undefined;
    if (typeof document !== "string") {
      problems.push({ file: CURATION_FILE, line: null, field: `[${i}].document`, severity: "warning", message: `[${i}].document: name the article this correction is about` });
      return;
    }
    const { document: _, ...rest } = entry as Record<string, unknown>;
    const r = parseCorrections([rest], document, `${CURATION_FILE}`);
    corrections.push(...r.corrections.map((c) => ({ ...c, origin: `${CURATION_FILE}[${i}]` })));
    for (const p of r.problems) problems.push({ file: CURATION_FILE, line: null, field: null, severity: "warning", message: p.replace(/^curation\.yaml\[0\]/, `[${i}]`) });
  });
  return { corrections, problems };
}

export function loadCorpus(dir: string): { articles: Article[]; problems: Problem[]; corrections: SourcedCorrection[] } {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const file of listCorpus(dir)) {
    const r = readArticle(file);
    problems.push(...r.problems);
    if (r.article) articles.push(r.article);
  }
  const curation = readCuration(dir, (text) => parseYaml(text, { schema: "core", maxAliasCount: 50 }));
  problems.push(...curation.problems);
  return { articles, problems, corrections: curation.corrections };
}
