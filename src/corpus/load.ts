// Walks a corpus folder and reads its articles: the only code that reads
// article files. Problems are collected, never thrown, so one bad file costs
// only itself.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { splitFrontMatter } from "./front-matter.js";
import { decodeArticle, listCorpus, type CorpusFile } from "./list.js";
import { validateMetadata, type ArticleMetadata } from "./schema.js";

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
  /** Curated corrections from front matter, validated later. */
  readonly corrections: unknown;
}

export { ARTICLE_EXTENSIONS, listCorpus, type CorpusFile } from "./list.js";

/** sha256 of a file's bytes: the key of its cached parse and extraction. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface Problem {
  readonly file: string;
  readonly line: number | null;
  readonly field: string | null;
  readonly severity: "error" | "warning";
  readonly message: string;
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
  readonly corrections: unknown;
  readonly problems: ReadonlyArray<Omit<Problem, "file">>;
}

/** `.txt` files have no front matter, so the same bytes parse differently by extension. */
export const isPlainText = (id: string) => extname(id).toLowerCase() === ".txt";

export function parseArticle(text: string, plain: boolean): ParsedArticle {
  const problems: Array<Omit<Problem, "file">> = [];
  const fm = plain ? { data: {}, body: text, bodyLine: 1, problem: null } : splitFrontMatter(text);
  if (fm.problem) problems.push({ line: fm.problem.line, field: null, severity: "warning", message: fm.problem.message });
  const { metadata, problems: fieldProblems } = validateMetadata(fm.data);
  for (const p of fieldProblems) problems.push({ line: null, field: p.field, severity: "warning", message: `${p.field}: ${p.message}` });
  const firstLine = fm.body.split("\n").find((l) => l.trim())?.trim().replace(/^#+\s*/, "") ?? "";
  if (!text.endsWith(fm.body)) throw new Error("front matter split did not leave the body as the text's tail");
  return {
    metadata,
    firstLine: firstLine.slice(0, 200),
    bodyStart: text.length - fm.body.length,
    bodyLine: fm.bodyLine,
    corrections: (fm.data as Record<string, unknown>)["corrections"] ?? null,
    problems,
  };
}

export function assembleArticle(file: CorpusFile, text: string, hash: string, parsed: ParsedArticle): { article: Article; problems: Problem[] } {
  return {
    article: {
      ...parsed.metadata,
      id: file.id,
      path: file.path,
      title: parsed.metadata.title ?? (parsed.firstLine || file.id),
      body: text.slice(parsed.bodyStart),
      bodyLine: parsed.bodyLine,
      hash,
      corrections: parsed.corrections,
    },
    problems: parsed.problems.map((p) => ({ file: file.id, ...p })),
  };
}

/** Reads one article file; returns the article (possibly body-only) and what was wrong with it. */
export function readArticle(file: CorpusFile, bytes?: Buffer): { article: Article | null; problems: Problem[] } {
  let raw: Buffer;
  try {
    raw = bytes ?? readFileSync(file.path);
  } catch (err) {
    return { article: null, problems: [{ file: file.id, line: null, field: null, severity: "error", message: `cannot read file (${(err as NodeJS.ErrnoException).code ?? "error"})` }] };
  }
  const text = decodeArticle(raw);
  return assembleArticle(file, text, hashBytes(raw), parseArticle(text, isPlainText(file.id)));
}

export function loadCorpus(dir: string): { articles: Article[]; problems: Problem[] } {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  for (const file of listCorpus(dir)) {
    const r = readArticle(file);
    problems.push(...r.problems);
    if (r.article) articles.push(r.article);
  }
  return { articles, problems };
}
