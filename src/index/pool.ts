// A parallel build: one worker thread per core, fed small batches on demand so
// that files are read as they are processed (never all first) and a slow batch
// on one thread does not hold the others up.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CorpusFile } from "../corpus/list.js";
import type { Processed, ProcessSettings } from "./process.js";
import type { ToWorker } from "./worker.js";

const BATCH = 16;

export async function processInWorkers(
  files: readonly CorpusFile[],
  settings: ProcessSettings,
  workerScript: string,
  onProgress: (done: number) => void,
): Promise<Processed[]> {
  const results = new Array<Processed>(files.length);
  const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / BATCH)));
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerScript, { workerData: settings });
      workers.push(worker);
      let finished = false;
      worker.on("message", (batch: Array<{ at: number; result: Processed }>) => {
        for (const { at, result } of batch) results[at] = result;
        done += batch.length;
        if (batch.length) onProgress(done);
        if (next >= files.length) {
          finished = true;
          worker.postMessage({ done: true } satisfies ToWorker);
          return;
        }
        const slice = files.slice(next, next + BATCH).map((file, i) => ({ at: next + i, file }));
        next += slice.length;
        worker.postMessage({ files: slice } satisfies ToWorker);
      });
      worker.on("error", reject);
      worker.on("exit", (code) => (finished && code === 0 ? resolve() : reject(new Error(`indexing worker stopped (exit code ${code})`))));
    });
  try {
    await Promise.all(Array.from({ length: threads }, run));
  } catch (err) {
    // The others would keep the process alive after the error is reported.
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  return results;
}
