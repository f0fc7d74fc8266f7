// Extraction in worker threads, each document under a time budget. A thread
// gets one file at a time and a timer with it; a file not done when the timer
// fires is reported as over its budget, its thread is ended (terminate() stops
// even a loop that never yields) and a fresh one takes the next file. So no
// input can stop a build, and the main thread never waits without bound.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CorpusFile } from "../corpus/list.js";
import { overBudgetProblem, readDocument, skippedDocument, type ProcessSettings } from "./process.js";
import type { StoredDocument } from "./store.js";
import type { FromWorker, ToWorker } from "./worker.js";

export interface PoolOptions {
  readonly workerScript: string;
  readonly settings: ProcessSettings;
  /** Per document. */
  readonly budgetMs: number;
  /** Each document as it is done, in any order. */
  readonly onDocument: (doc: StoredDocument) => void;
  readonly threads?: number;
}

/** A thread that has not said it is ready by then is broken (it only loads code and the gazetteer). */
const START_LIMIT_MS = 120_000;

export async function extractInWorkers(files: readonly CorpusFile[], options: PoolOptions): Promise<void> {
  const queue = [...files];
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  const live = new Set<Worker>();
  const overBudget = (file: CorpusFile): StoredDocument => {
    // Its hash, so that the same bytes are not tried again on the next run.
    const read = readDocument(file, options.settings);
    return skippedDocument(file, read.kind === "text" ? read.hash : "", [overBudgetProblem(file, options.budgetMs)]);
  };

  const lane = () =>
    new Promise<void>((resolve, reject) => {
      const start = () => {
        const worker = new Worker(options.workerScript, { workerData: options.settings });
        live.add(worker);
        let current: CorpusFile | null = null;
        let timer = setTimeout(() => fail(new Error("an indexing thread did not start")), START_LIMIT_MS);
        /** The current file has been accounted for without the thread's answer (over budget, or the thread died). */
        let settled = false;
        let stopped = false;
        const fail = (err: Error) => {
          clearTimeout(timer);
          live.delete(worker);
          void worker.terminate();
          reject(err);
        };
        const failed = (file: CorpusFile, why: string) =>
          options.onDocument(skippedDocument(file, "", [{ file: file.id, line: null, field: null, severity: "error", message: `skipped: extraction failed (${why.split("\n")[0]?.slice(0, 200)})` }]));
        const next = () => {
          clearTimeout(timer);
          const file = queue.shift();
          current = file ?? null;
          if (!file) {
            stopped = true;
            worker.postMessage({ done: true } satisfies ToWorker);
            return;
          }
          timer = setTimeout(() => {
            settled = true;
            options.onDocument(overBudget(file));
            void worker.terminate();
          }, options.budgetMs);
          worker.postMessage({ file } satisfies ToWorker);
        };
        worker.on("message", (msg: FromWorker) => {
          if (settled) return;
          if ("doc" in msg) options.onDocument(msg.doc);
          next();
        });
        worker.on("error", (err) => {
          // The thread died (out of memory, a crash in its code): the file it had is lost, the others go on.
          if (current && !settled) {
            settled = true;
            failed(current, err.message);
          }
        });
        worker.on("exit", (code) => {
          clearTimeout(timer);
          live.delete(worker);
          if (stopped) return resolve();
          // Ended mid-file (over budget, or died): a fresh thread for the rest of the queue.
          if (current && !settled) failed(current, `thread exited with code ${code}`);
          if (queue.length) start();
          else resolve();
        });
      };
      start();
    });

  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}
