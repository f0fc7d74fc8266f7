// Walks a corpus folder and reads its articles: the only code that reads
// article files. A corpus is untrusted input, so problems are collected, never
// thrown, one bad file costs only itself, and every file that is not indexed
// is named with the reason.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
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
// Past this depth a tree is either generated or a loop the real-path check missed.
const MAX_DEPTH = 64;

export interface LoadOptions {
  /** Files larger than this many bytes are skipped with an error. */
  readonly maxFileSize?: number;
  /** Follow symbolic links that point outside the corpus folder. */
  readonly followLinks?: boolean;
}

export interface CorpusFile {
  readonly id: string;
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
}

const toId = (dir: string, full: string) => relative(dir, full).split(sep).join("/");
const isInside = (root: string, target: string) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);

/** Article files under `dir`, recursively, in a stable order, with what was passed over and why. */
export function listCorpus(dir: string, options: LoadOptions = {}): { files: CorpusFile[]; problems: Problem[] } {
  let top;
  try {
    top = statSync(dir);
  } catch {
    throw new UsageError(`${dir}: corpus folder not found`);
  }
  if (!top.isDirectory()) throw new UsageError(`${dir}: corpus is not a folder`);
  const root = realpathSync(dir);
  const files: CorpusFile[] = [];
  const problems: Problem[] = [];
  const warn = (full: string, message: string) => problems.push({ file: toId(dir, full), line: null, field: null, severity: "warning", message });
  // Real paths of folders already walked: a link back to one of them is a loop.
  const walked = new Set<string>();

  const walk = (folder: string, depth: number) => {
    if (depth > MAX_DEPTH) return warn(folder, `folder nested deeper than ${MAX_DEPTH} levels (not read)`);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (err) {
      return warn(folder, `cannot read folder (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = join(folder, e.name);
      let st: Stats;
      let real = full;
      try {
        if (e.isSymbolicLink()) {
          real = realpathSync(full);
          if (!isInside(root, real) && !options.followLinks) {
            warn(full, "symbolic link to outside the corpus (not followed; --follow-links to follow it)");
            continue;
          }
        }
        st = statSync(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        warn(full, code === "ELOOP" ? "symbolic link loop (not followed)" : code === "ENOENT" ? "broken symbolic link (not followed)" : `cannot read (${code ?? "error"})`);
        continue;
      }
      if (st.isDirectory()) {
        const realDir = e.isSymbolicLink() ? real : realpathSync(full);
        if (walked.has(realDir) || isInside(realDir, folder === dir ? root : realpathSync(folder))) {
          warn(full, "symbolic link loop (not followed)");
          continue;
        }
        walked.add(realDir);
        walk(full, depth + 1);
      } else if (st.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        files.push({ id: toId(dir, full), path: full, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walked.add(root);
  walk(dir, 0);
  return { files, problems };
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

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Signatures of files that are commonly saved next to articles and renamed by accident.
const MAGIC: ReadonlyArray<readonly [string, Buffer]> = [
  ["PNG image", PNG],
  ["JPEG image", Buffer.from([0xff, 0xd8, 0xff])],
  ["GIF image", Buffer.from("GIF8", "latin1")],
  ["PDF document", Buffer.from("%PDF-", "latin1")],
  ["ZIP archive", Buffer.from([0x50, 0x4b, 0x03, 0x04])],
  ["gzip archive", Buffer.from([0x1f, 0x8b])],
];

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** Bytes → text, or why they are not text. UTF-16 needs its byte-order mark; anything else is read as UTF-8. */
export function decodeText(raw: Buffer): { text: string; invalidLine: number | null } | { binary: string } {
  for (const [what, magic] of MAGIC) if (raw.subarray(0, magic.length).equals(magic)) return { binary: `binary file (${what}) skipped` };
  if (raw[0] === 0xff && raw[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(raw), invalidLine: null };
  if (raw[0] === 0xfe && raw[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(raw), invalidLine: null };
  const nul = raw.indexOf(0);
  if (nul >= 0) return { binary: `binary file (NUL byte at offset ${nul}) skipped` };
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(raw), invalidLine: null };
  } catch {
    const text = new TextDecoder("utf-8").decode(raw);
    return { text, invalidLine: lineAt(text, Math.max(0, text.indexOf("\uFFFD"))) };
  }
}

/** Reads one article file; returns the article (possibly body-only) and what was wrong with it. */
export function readArticle(file: CorpusFile, bytes?: Buffer, options: LoadOptions = {}): { article: Article | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (message: string, severity: Problem["severity"] = "warning", line: number | null = null, field: string | null = null) =>
    problems.push({ file: file.id, line, field, severity, message });
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!bytes && file.size > maxFileSize) {
    problem(`file of ${file.size} bytes is over the ${maxFileSize}-byte limit (skipped; --max-file-size to raise it)`, "error");
    return { article: null, problems };
  }
  let raw: Buffer;
  try {
    raw = bytes ?? readFileSync(file.path);
  } catch (err) {
    problem(`cannot read file (${(err as NodeJS.ErrnoException).code ?? "error"})`, "error");
    return { article: null, problems };
  }
  if (raw.length > maxFileSize) {
    problem(`file of ${raw.length} bytes is over the ${maxFileSize}-byte limit (skipped; --max-file-size to raise it)`, "error");
    return { article: null, problems };
  }
  const decoded = decodeText(raw);
  if ("binary" in decoded) {
    problem(decoded.binary, "error");
    return { article: null, problems };
  }
  if (decoded.invalidLine !== null) problem("not valid UTF-8 (bad bytes replaced with U+FFFD)", "warning", decoded.invalidLine);
  const text = decoded.text.replace(/^\uFEFF/, "");
  const isText = extname(file.id).toLowerCase() === ".txt";
  const fm = isText ? { data: {}, body: text, bodyLine: 1, problem: null } : splitFrontMatter(text);
  if (fm.problem) problem(fm.problem.message, "error", fm.problem.line);
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

/**
 * Every article under `dir`; a file whose bytes repeat an earlier one is indexed once and reported.
 * A folder with no article files at all is a usage error: it is almost always the wrong folder.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): { articles: Article[]; problems: Problem[]; corrections: SourcedCorrection[] } {
  const articles: Article[] = [];
  const { files, problems } = listCorpus(dir, options);
  if (files.length === 0) {
    const first = problems[0];
    const passed = first ? `; passed over ${first.file}: ${first.message}${problems.length > 1 ? ` and ${problems.length - 1} more` : ""}` : "";
    throw new UsageError(`${dir}: no articles in this folder (looked for .md, .markdown and .txt files${passed})`);
  }
  const firstByHash = new Map<string, string>();
  for (const file of files) {
    const r = readArticle(file, undefined, options);
    problems.push(...r.problems);
    if (!r.article) continue;
    const first = firstByHash.get(r.article.hash);
    if (first !== undefined) {
      problems.push({ file: file.id, line: null, field: null, severity: "warning", message: `same bytes as ${first} (indexed once, as ${first})` });
      continue;
    }
    firstByHash.set(r.article.hash, file.id);
    articles.push(r.article);
  }
  const curation = readCuration(dir, (text) => parseYaml(text, { schema: "core", maxAliasCount: 50 }));
  problems.push(...curation.problems);
  // By file, so a file's problems from the walk and from reading sit together; sort is stable within a file.
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { articles, problems, corrections: curation.corrections };
}
