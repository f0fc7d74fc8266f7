// Finds a corpus's article files and turns their bytes into text. Kept apart
// from load.ts, which needs yaml and zod: an unchanged corpus is
// recognised from this listing alone, so a warm query never loads those. A
// corpus is untrusted input: the walk follows no link out of the folder unless
// asked, never loops, and names every file it passes over.

import { readdirSync, realpathSync, statSync, type Stats } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { UsageError } from "../errors.js";

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
  /** With the inode, what tells an edit whose size and mtime were put back (ctime cannot be); absent for files not from a listing. */
  readonly ctimeMs?: number;
  readonly ino?: number;
}

const toId = (dir: string, full: string) => relative(dir, full).split(sep).join("/");
const isInside = (root: string, target: string) => target === root || target.startsWith(root.endsWith(sep) ? root : root + sep);

/** Article files under `dir`, recursively, in a stable order, with what was passed over and why. */
/** What to say of a folder with no article files, naming what the walk passed over. */
export function noArticlesError(dir: string, passedOver: readonly Problem[]): UsageError {
  const first = passedOver[0];
  const passed = first ? `; passed over ${first.file}: ${first.message}${passedOver.length > 1 ? ` and ${passedOver.length - 1} more` : ""}` : "";
  return new UsageError(`${dir}: no articles in this folder (looked for .md, .markdown and .txt files${passed})`);
}

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

  // `real` is the folder's real path, known without asking the file system: a folder reached by a name that
  // is not a link is its parent's real path and that name. Only links are resolved (realpath costs a stat per
  // path component, and a query walks the whole tree: once per folder, a deep tree cost 600,000 stats a query).
  const walk = (folder: string, real: string, depth: number) => {
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
      const isArticle = ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase());
      // Some file systems do not say what an entry is; those are asked with a stat, as links and articles are.
      const typeKnown = e.isFile() || e.isDirectory() || e.isSymbolicLink() || e.isFIFO() || e.isSocket() || e.isBlockDevice() || e.isCharacterDevice();
      if (typeKnown && !e.isDirectory() && !e.isSymbolicLink() && !isArticle) continue;
      let st: Stats | null = null;
      let target = join(real, e.name);
      try {
        if (e.isSymbolicLink()) {
          target = realpathSync(full);
          if (!isInside(root, target) && !options.followLinks) {
            warn(full, "symbolic link to outside the corpus (not followed; --follow-links to follow it)");
            continue;
          }
        }
        if (!e.isDirectory()) st = statSync(full);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        warn(full, code === "ELOOP" ? "symbolic link loop (not followed)" : code === "ENOENT" ? "broken symbolic link (not followed)" : `cannot read (${code ?? "error"})`);
        continue;
      }
      if (!st || st.isDirectory()) {
        if (isInside(target, real)) {
          warn(full, "symbolic link loop (not followed)");
          continue;
        }
        if (walked.has(target)) {
          warn(full, e.isSymbolicLink() ? "symbolic link to a folder already read (not followed)" : "folder already read through a symbolic link (not read again)");
          continue;
        }
        walked.add(target);
        walk(full, target, depth + 1);
      } else if (isArticle) {
        // Never opened unless a regular file: reading a named pipe would wait for a writer for ever.
        if (st.isFile()) files.push({ id: toId(dir, full), path: full, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino });
        else warn(full, `not a regular file (${st.isFIFO() ? "a named pipe" : st.isSocket() ? "a socket" : "a device"}; skipped)`);
      }
    }
  };
  walked.add(root);
  walk(dir, root, 0);
  return { files, problems };
}

/**
 * A fast 128-bit hash (four multiply-xorshift lanes over 32-bit words; not
 * cryptographic) for recognising a listing or the built-in corpus's contents
 * on the warm path, where loading node:crypto alone would cost a few
 * milliseconds. Article contents on the indexing path are keyed by sha256
 * (hashBytes in load.ts).
 */
export function quickHash(data: string | Uint8Array): string {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const whole = bytes.length - (bytes.length % 4);
  // Words are read in place when aligned; this runs before the JIT warms up, so 4 bytes a step matters.
  const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, whole / 4) : new Uint32Array(bytes.slice(0, whole).buffer);
  let a = 0x9e3779b9 ^ bytes.length, b = 0x85ebca6b, c = 0xc2b2ae35, d = 0x27d4eb2f;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as number;
    a = Math.imul(a ^ w, 0x01000193) ^ (d >>> 15);
    d = Math.imul(d ^ w, 0xcc9e2d51) ^ (c >>> 13);
    c = Math.imul(c ^ w, 0x1b873593) ^ (b >>> 11);
    b = Math.imul(b ^ w, 0x5bd1e995) ^ (a >>> 17);
  }
  for (let i = whole; i < bytes.length; i++) a = Math.imul(a ^ (bytes[i] as number), 0x01000193) ^ (b >>> 9);
  const mix = (h: number, k: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b ^ k);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, "0");
  };
  return mix(a ^ c, 1) + mix(b ^ d, 2) + mix(c ^ b, 3) + mix(d ^ a, 4);
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
