// Install-time index of the built-in corpus (dist/builtin-index.json), so
// the first query after install is already fast with no cache folder at all.
// Bundled as dist/prebuild.js and run by scripts/build.mjs.

import { listCorpus } from "../corpus/list.js";
import { indexFingerprint } from "./fingerprint.js";
import { contentKey, openIndex } from "./open.js";

export async function prebuiltIndexText(corpus: string): Promise<string> {
  const { files } = listCorpus(corpus);
  const index = await openIndex({ corpus, cache: false, cacheDir: "/nonexistent", workerScript: null });
  return `${contentKey(files, await indexFingerprint())}\n${JSON.stringify(index)}\n`;
}
