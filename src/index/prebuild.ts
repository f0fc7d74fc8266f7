// Install-time index of the built-in corpus (dist/builtin-index.json), so
// the first query after install is already fast with no cache folder at all.
// Bundled as dist/prebuild.js and run by scripts/build.mjs.

import { listCorpus } from "../corpus/list.js";
import { extractorFingerprint, indexFingerprint } from "./fingerprint.js";
import { indexFiles } from "./indexer.js";
import { contentKey } from "./open.js";

export async function prebuiltIndexText(corpus: string): Promise<string> {
  const { files, problems } = listCorpus(corpus);
  const fingerprint = await extractorFingerprint();
  const index = await indexFiles(files, { cacheDir: null, fingerprint, workerScript: null, uncached: files.length, corpus, walkProblems: problems });
  return `${contentKey(files, await indexFingerprint())}\n${JSON.stringify(index)}\n`;
}
