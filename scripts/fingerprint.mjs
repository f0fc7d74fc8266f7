// The code fingerprints scripts/build.mjs puts into the bundle. Stored
// extractions are valid only for the code that made them: the extractor's
// fingerprint hashes every source file esbuild puts into the extraction
// worker's bundle (its entry and all it imports, whatever folder it is in —
// src/fold.ts as much as src/extract/), and the versions of the gazetteer's
// data packages, which stay external. The index's fingerprint hashes all of
// src/ and the lock file: records built by other code are rebuilt.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The source files the extraction worker's bundle is made of, relative to root. */
export async function extractorInputs(root) {
  const probe = await build({
    absWorkingDir: root, entryPoints: ['src/index/worker.ts'], bundle: true, format: 'esm', platform: 'node', target: 'node20',
    external: ['world-countries', 'word-list'], write: false, metafile: true, logLevel: 'warning', outdir: 'dist-probe', splitting: true,
  });
  return Object.keys(probe.metafile.inputs).sort();
}

/** sha256 over the files' names and contents, read through `read` (a test passes its own). */
export function hashFiles(files, read) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) hash.update(`${file}\0`).update(read(file)).update('\0');
  return hash;
}

/** `data`: the bytes of the data extraction reads at run time (dist/gazetteer.bin), when the build has made them. */
export async function fingerprints(root, read = (file) => readFileSync(join(root, file)), data = null) {
  const extractorHash = hashFiles(await extractorInputs(root), read);
  if (data) extractorHash.update(data);
  const extractor = extractorHash.digest('hex').slice(0, 16);
  const sources = readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name)));
  const index = hashFiles([...sources, 'package-lock.json'], read).update(extractor).digest('hex').slice(0, 16);
  return { extractor, index };
}
