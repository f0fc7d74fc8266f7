// Reads article files: front matter, metadata and body. A corpus is untrusted
// input, so problems are collected, never thrown, one bad file costs only
// itself, and every file that is not indexed is named with the reason. The
// parse is split from the read so that it can be cached by content hash.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { parseCorrections, type SourcedCorrection } from "./corrections.js";
import { parseYamlText, splitFrontMatter } from "./front-matter.js";
import { decodeText, DEFAULT_MAX_FILE_SIZE, listCorpus, noArticlesError, type CorpusFile, type LoadOptions, type Problem } from "./list.js";
import { metadataFields, validateMetadata, type ArticleMetadata } from "./schema.js";

export type { Problem } from "./list.js";

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

/** sha256 of a file's bytes: the key of its cached parse and extraction. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
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

/**
 * What parsing an article yields apart from its body: small, JSON-able and
 * independent of the file's path, so it can be cached by content hash.
 */
export interface ParsedArticle {
  readonly metadata: ArticleMetadata;
  /** Title taken from the body's first line, for articles without one in front matter. */
  readonly firstLine: string;
  /** Where the body starts in the decoded text; the body is always the text's tail. */
  readonly bodyStart: number;
  readonly bodyLine: number;
  /** The front matter's `corrections` value as written; validated with the file's name in assembleArticle. */
  readonly corrections: unknown;
  readonly problems: ReadonlyArray<Omit<Problem, "file">>;
}

/** `.txt` files have no front matter, so the same bytes parse differently by extension. */
export const isPlainText = (id: string) => extname(id).toLowerCase() === ".txt";

export function parseArticle(text: string, plain: boolean): ParsedArticle {
  const problems: Array<Omit<Problem, "file">> = [];
  const problem = (message: string, severity: Problem["severity"] = "warning", line: number | null = null, field: string | null = null) =>
    problems.push({ line, field, severity, message });
  const fm = plain ? { data: {}, body: text, bodyLine: 1, problems: [] } : splitFrontMatter(text);
  for (const p of fm.problems) problem(p.message, p.severity, p.line);
  const { metadata, problems: fieldProblems } = validateMetadata(fm.data);
  const headLines = text.split("\n").slice(0, Math.max(0, fm.bodyLine - 1));
  const lineOfField = (field: string) => {
    const i = headLines.findIndex((l) => l.startsWith(`${field}:`));
    return i >= 0 ? i + 1 : null;
  };
  for (const p of fieldProblems) problem(`${p.field}: ${p.message}`, "warning", lineOfField(p.field), p.field);
  if (!text.trim()) problem("empty file (nothing to index)");
  else if (!fm.body.trim()) problem("front matter only, no article text", "warning", fm.bodyLine);
  const firstLine = fm.body.split("\n").find((l) => l.trim())?.trim().replace(/^#+\s*/, "") ?? "";
  if (!text.endsWith(fm.body)) throw new Error("front matter split did not leave the body as the text's tail");
  // A plain-text article may state its date in its header ("Published June 16, 2021"); that is the text's word, not a guess.
  const published = metadata.published ?? headerDate(fm.body);
  return {
    metadata: { ...metadata, published },
    firstLine: firstLine.slice(0, 200),
    bodyStart: text.length - fm.body.length,
    bodyLine: fm.bodyLine,
    corrections: (fm.data as Record<string, unknown>)["corrections"] ?? null,
    problems,
  };
}

export function assembleArticle(file: CorpusFile, text: string, hash: string, parsed: ParsedArticle): { article: Article; problems: Problem[] } {
  const curated = parseCorrections(parsed.corrections, file.id, "corrections");
  return {
    article: {
      ...parsed.metadata,
      id: file.id,
      path: file.path,
      title: parsed.metadata.title ?? (parsed.firstLine || file.id),
      body: text.slice(parsed.bodyStart),
      bodyLine: parsed.bodyLine,
      hash,
      corrections: curated.corrections,
    },
    problems: [
      ...parsed.problems.map((p) => ({ file: file.id, ...p })),
      ...curated.problems.map((message) => ({ file: file.id, line: null, field: "corrections", severity: "warning" as const, message })),
    ],
  };
}

/**
 * A file's bytes and text, or why it is not an article: over the size limit
 * (by its listed size before reading, by its bytes after, as it may have
 * grown), unreadable, binary. `bytes` skips the read.
 */
export function readArticleText(file: CorpusFile, options: LoadOptions = {}, bytes?: Buffer): { raw: Buffer; text: string; problems: Problem[] } | { problems: Problem[] } {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const problem = (message: string, severity: Problem["severity"], line: number | null = null): Problem => ({ file: file.id, line, field: null, severity, message });
  const overLimit = (size: number) => problem(`file of ${size} bytes is over the ${maxFileSize}-byte limit (skipped; --max-file-size to raise it)`, "error");
  if (!bytes && file.size > maxFileSize) return { problems: [overLimit(file.size)] };
  let raw: Buffer;
  try {
    raw = bytes ?? readFileSync(file.path);
  } catch (err) {
    return { problems: [problem(`cannot read file (${(err as NodeJS.ErrnoException).code ?? "error"})`, "error")] };
  }
  if (raw.length > maxFileSize) return { problems: [overLimit(raw.length)] };
  const decoded = decodeText(raw);
  if ("binary" in decoded) return { problems: [problem(decoded.binary, "error")] };
  const problems = decoded.invalidLine !== null ? [problem("not valid UTF-8 (bad bytes replaced with U+FFFD)", "warning", decoded.invalidLine)] : [];
  return { raw, text: decoded.text.replace(/^\uFEFF/, ""), problems };
}

/** Reads one article file; returns the article (possibly body-only) and what was wrong with it. */
export function readArticle(file: CorpusFile, bytes?: Buffer, options: LoadOptions = {}): { article: Article | null; problems: Problem[] } {
  const read = readArticleText(file, options, bytes);
  if (!("text" in read)) return { article: null, problems: read.problems };
  const assembled = assembleArticle(file, read.text, hashBytes(read.raw), parseArticle(read.text, isPlainText(file.id)));
  return { article: assembled.article, problems: [...read.problems, ...assembled.problems] };
}

const CURATION_FILE = "curation.yaml";

/** Corrections kept beside the articles in curation.yaml: a list of entries, each naming its `document`. */
export function readCuration(dir: string): { corrections: SourcedCorrection[]; problems: Problem[] } {
  const path = join(dir, CURATION_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { corrections: [], problems: [] };
  }
  const corrections: SourcedCorrection[] = [];
  const yaml = parseYamlText(text, 1);
  const problems: Problem[] = yaml.warnings.map((w) => ({ file: CURATION_FILE, line: w.line, field: null, severity: "warning", message: `YAML: ${w.message}` }));
  if (yaml.error) return { corrections, problems: [{ file: CURATION_FILE, line: yaml.error.line, field: null, severity: "error", message: `invalid YAML: ${yaml.error.message}` }, ...problems] };
  const value = yaml.value;
  if (!Array.isArray(value)) {
    if (value !== null && value !== undefined) problems.push({ file: CURATION_FILE, line: null, field: null, severity: "warning", message: "expected a list of corrections, each naming its document; none applied" });
    return { corrections, problems };
  }
  const entries: unknown[] = value;
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

/**
 * Every article under `dir` (see collectArticles).
 * A folder with no article files at all is a usage error: it is almost always the wrong folder.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): { articles: Article[]; problems: Problem[]; corrections: SourcedCorrection[] } {
  const { files, problems } = listCorpus(dir, options);
  if (files.length === 0) throw noArticlesError(dir, problems);
  const { kept, ...rest } = collectArticles(dir, files.map((file) => readArticle(file, undefined, options)), problems);
  return { articles: kept.map((r) => r.article), ...rest };
}

/**
 * The articles read from `dir` → the ones to index: a file whose bytes repeat
 * an earlier one is indexed once and reported. Adds curation.yaml's
 * corrections, and sorts every problem (the walk's first) by file.
 */
export function collectArticles<T extends { readonly article: Article | null; readonly problems: readonly Problem[] }>(
  dir: string,
  read: readonly T[],
  walkProblems: readonly Problem[],
): { kept: Array<T & { readonly article: Article }>; problems: Problem[]; corrections: SourcedCorrection[] } {
  const kept: Array<T & { readonly article: Article }> = [];
  const problems: Problem[] = [...walkProblems];
  const firstByHash = new Map<string, string>();
  // Every article read, by id, to the id it is indexed as (a duplicate's is the first copy's).
  const indexedAs = new Map<string, string>();
  for (const r of read) {
    problems.push(...r.problems);
    const article = r.article;
    if (!article) continue;
    const first = firstByHash.get(article.hash);
    if (first !== undefined) {
      problems.push({ file: article.id, line: null, field: null, severity: "warning", message: `same bytes as ${first} (indexed once, as ${first})` });
      indexedAs.set(article.id, first);
      continue;
    }
    firstByHash.set(article.hash, article.id);
    indexedAs.set(article.id, article.id);
    kept.push({ ...r, article });
  }
  const curation = readCuration(dir);
  problems.push(...curation.problems);
  // A correction speaks for the article it names: one naming no article here is reported, not applied.
  const corrections: SourcedCorrection[] = [];
  for (const c of curation.corrections) {
    const document = indexedAs.get(c.document);
    if (document !== undefined) corrections.push({ ...c, document });
    else problems.push({ file: CURATION_FILE, line: null, field: "document", severity: "warning", message: `${c.origin.slice(CURATION_FILE.length)}.document: no article "${c.document}" in this corpus (correction not applied)` });
  }
  // By file, so a file's problems from the walk and from reading sit together; sort is stable within a file.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { kept, problems, corrections };
}
