// One article file → what the store keeps of it: the listing, the sha256 of
// its bytes, the decoded text, the parse and the extraction, or why it is not
// indexed. Run by the worker threads of a build (under a time budget), and on
// the main thread only when running from source.

import type { CorpusFile } from "../corpus/list.js";
import { hashBytes, isPlainText, parseArticle, readArticleText, type Problem } from "../corpus/load.js";
import type { DocumentExtraction, ExtractInput } from "../extract/document.js";
import type { Gazetteer } from "../extract/gazetteer.js";
import type { StoredDocument } from "./store.js";

export interface ProcessSettings {
  /** Files larger than this are skipped (--max-file-size). */
  readonly maxFileSize?: number | undefined;
  /**
   * A module exporting `wrapExtractor(extract) → extract`, put around summits'
   * own extractor: the seam through which tests make a document slow.
   */
  readonly extractorModule?: string | null | undefined;
}

export type Extract = (input: ExtractInput) => DocumentExtraction;

/** The extractor, with the gazetteer loaded once (and the test seam's wrapper around it, if set). */
export async function loadExtractor(settings: ProcessSettings): Promise<Extract> {
  const { loadGazetteer } = await import("../extract/gazetteer.js");
  const { extractDocument } = await import("../extract/document.js");
  const gazetteer: Gazetteer = loadGazetteer();
  const extract: Extract = (input) => extractDocument(input, gazetteer);
  if (!settings.extractorModule) return extract;
  const seam = (await import(settings.extractorModule)) as { wrapExtractor: (inner: Extract) => Extract };
  return seam.wrapExtractor(extract);
}

const listed = (file: CorpusFile) => ({ id: file.id, size: file.size, mtimeMs: file.mtimeMs, ctimeMs: file.ctimeMs ?? 0, ino: file.ino ?? 0, plain: isPlainText(file.id) });

/** A file that is not indexed, with why. */
export function skippedDocument(file: CorpusFile, hash: string, problems: readonly Problem[]): StoredDocument {
  return { ...listed(file), hash, text: null, parsed: null, extraction: null, problems };
}

export type ReadResult =
  | { readonly kind: "skipped"; readonly doc: StoredDocument }
  | { readonly kind: "text"; readonly text: string; readonly hash: string; readonly problems: readonly Problem[] };

/** Reads and hashes a file: its text, or the skipped document that says why it has none. */
export function readDocument(file: CorpusFile, settings: ProcessSettings): ReadResult {
  const decoded = readArticleText(file, { maxFileSize: settings.maxFileSize });
  if (!("text" in decoded)) return { kind: "skipped", doc: skippedDocument(file, "", decoded.problems) };
  return { kind: "text", text: decoded.text, hash: hashBytes(decoded.raw), problems: decoded.problems };
}

/** Reads, parses and extracts one file. The problems kept are the reading's; the parse's are re-made with the article. */
export function processFile(file: CorpusFile, settings: ProcessSettings, extract: Extract): StoredDocument {
  const read = readDocument(file, settings);
  if (read.kind === "skipped") return read.doc;
  const plain = isPlainText(file.id);
  const parsed = parseArticle(read.text, plain);
  const body = read.text.slice(parsed.bodyStart);
  const published = parsed.metadata.published ?? null;
  const extraction = extract({ body, published });
  return { ...listed(file), hash: read.hash, text: read.text, parsed, extraction, problems: read.problems };
}

/** The line a document over its time budget is reported with. */
export function overBudgetProblem(file: CorpusFile, budgetMs: number): Problem {
  return { file: file.id, line: null, field: null, severity: "error", message: `skipped: extraction exceeded ${budgetMs / 1000} s` };
}
