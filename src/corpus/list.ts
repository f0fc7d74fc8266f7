// Finds a corpus's article files and turns their bytes into text. Kept apart
// from load.ts, which needs gray-matter, yaml and zod: an unchanged corpus is
// recognised from this listing alone, so a warm query never loads those.

import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
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
        let st;
        try {
          st = statSync(full);
        } catch {
          continue; // removed between readdir and stat
        }
        out.push({ id: relative(dir, full).split(sep).join("/"), path: full, size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(dir);
  return out;
}

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** File bytes → the text every offset in the index points into. */
export function decodeArticle(raw: Buffer): string {
  return raw.toString("utf8").replace(/^\uFEFF/, "");
}
