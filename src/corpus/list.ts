// Finds a corpus's article files and turns their bytes into text. Kept apart
// from load.ts, which needs gray-matter, yaml and zod: an unchanged corpus is
// recognised from this listing alone, so a warm query never loads those.

import { readdirSync, statSync } from "node:fs";
import { extname, sep } from "node:path";
import { UsageError } from "../errors.js";

export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

export interface CorpusFile {
  /** Path relative to the corpus folder, with forward slashes: the document id. */
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
  // Ids and paths by concatenation rather than path.join/relative: at 10,000
  // files those took a fifth of the warm start.
  const root = dir.endsWith(sep) ? dir : dir + sep;
  const walk = (folder: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const full = folder + e.name;
      if (e.isDirectory()) walk(full + sep, `${prefix}${e.name}/`);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) {
        let st;
        try {
          st = statSync(full);
        } catch {
          continue; // removed between readdir and stat
        }
        out.push({ id: prefix + e.name, path: full, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(root, "");
  return out;
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

/** File bytes → the text every offset in the index points into. */
export function decodeArticle(raw: Buffer): string {
  return raw.toString("utf8").replace(/^\uFEFF/, "");
}
