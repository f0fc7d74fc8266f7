// A worker thread of a parallel build (dist/worker.js): asks for a batch of
// files, processes it, sends the results back, until the main thread says stop.

import { parentPort, workerData } from "node:worker_threads";
import type { CorpusFile } from "../corpus/list.js";
import { fileProcessor, type ProcessSettings } from "./process.js";

export type ToWorker = { readonly files: ReadonlyArray<{ readonly at: number; readonly file: CorpusFile }> } | { readonly done: true };

const port = parentPort;
if (port) {
  const handle = fileProcessor(workerData as ProcessSettings);
  port.on("message", (msg: ToWorker) => {
    if ("done" in msg) {
      port.close();
      return;
    }
    port.postMessage(msg.files.map(({ at, file }) => ({ at, result: handle(file) })));
  });
  port.postMessage([]);
}
