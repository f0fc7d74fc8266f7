// A worker thread of a build (dist/worker.js): loads the extractor once, says
// it is ready, then processes one file per message until told to stop. The
// main thread times each file and ends this thread if one takes too long.

import { parentPort, workerData } from "node:worker_threads";
import type { CorpusFile } from "../corpus/list.js";
import { loadExtractor, processFile, skippedDocument, type ProcessSettings } from "./process.js";
import type { StoredDocument } from "./store.js";

export type ToWorker = { readonly file: CorpusFile } | { readonly done: true };
export type FromWorker = { readonly ready: true } | { readonly doc: StoredDocument };

const port = parentPort;
if (port) {
  const settings = workerData as ProcessSettings;
  const extract = await loadExtractor(settings);
  port.on("message", (msg: ToWorker) => {
    if ("done" in msg) {
      port.close();
      return;
    }
    let doc: StoredDocument;
    try {
      doc = processFile(msg.file, settings, extract);
    } catch (err) {
      // A bug in extraction costs this document only.
      const reason = err instanceof Error ? err.message.split("\n")[0]?.slice(0, 200) : String(err);
      doc = skippedDocument(msg.file, "", [{ file: msg.file.id, line: null, field: null, severity: "error", message: `skipped: extraction failed (${reason})` }]);
    }
    port.postMessage({ doc } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
}
