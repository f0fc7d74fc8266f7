// One article file → its Article, extraction and problems. The parse and the
// extraction are cached by the file's content hash, so an unchanged article is
// never parsed or extracted again and a changed one is redone alone. Used by
// the main thread for small batches and by each worker for large ones.

import type { CorpusFile } from "../corpus/list.js";
import { assembleArticle, hashBytes, isPlainText, parseArticle, readArticleText, type Article, type ParsedArticle, type Problem } from "../corpus/load.js";
import { extractDocument, type DocumentExtraction } from "../extract/document.js";
import { loadGazetteer, type Gazetteer } from "../extract/gazetteer.js";
import { articleEntryPath, readCacheJson, writeCacheFile } from "./cache.js";

export interface Processed {
  readonly article: Article | null;
  readonly extraction: DocumentExtraction | null;
  readonly problems: readonly Problem[];
  readonly cached: boolean;
}

export interface ProcessSettings {
  /** null: no cache at all (--no-cache). */
  readonly cacheDir: string | null;
  readonly fingerprint: string;
  /** Files larger than this are skipped (--max-file-size). */
  readonly maxFileSize?: number | undefined;
}

interface Entry {
  readonly format: 1;
  readonly parsed: ParsedArticle;
  readonly extraction: DocumentExtraction;
}

function isEntry(x: unknown): x is Entry {
  const e = x as Partial<Entry> | null;
  return !!e && e.format === 1 && typeof e.parsed?.bodyStart === "number" && Array.isArray(e.parsed.problems) && Array.isArray(e.extraction?.encounters) && Array.isArray(e.extraction.people);
}

/** Builds the processor for one thread; the gazetteer is loaded on the first cache miss only. */
export function fileProcessor(settings: ProcessSettings): (file: CorpusFile) => Processed {
  let gazetteer: Gazetteer | null = null;
  const skip = (problems: Problem[]): Processed => ({ article: null, extraction: null, problems, cached: false });
  return (file) => {
    const decoded = readArticleText(file, { maxFileSize: settings.maxFileSize });
    if (!("text" in decoded)) return skip(decoded.problems);
    const text = decoded.text;
    const hash = hashBytes(decoded.raw);
    const plain = isPlainText(file.id);
    const path = settings.cacheDir ? articleEntryPath(settings.cacheDir, settings.fingerprint, `${hash}${plain ? "-t" : ""}`) : null;
    const hit = path ? readCacheJson(path) : null;
    if (isEntry(hit) && hit.parsed.bodyStart <= text.length) {
      const assembled = assembleArticle(file, text, hash, hit.parsed);
      return { article: assembled.article, problems: [...decoded.problems, ...assembled.problems], extraction: hit.extraction, cached: true };
    }
    const parsed = parseArticle(text, plain);
    const { article, problems } = assembleArticle(file, text, hash, parsed);
    gazetteer ??= loadGazetteer();
    const extraction = extractDocument({ body: article.body, published: article.published }, gazetteer);
    if (path) writeCacheFile(path, JSON.stringify({ format: 1, parsed, extraction } satisfies Entry));
    return { article, extraction, problems: [...decoded.problems, ...problems], cached: false };
  };
}
