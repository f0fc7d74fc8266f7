// The progress bar of a long (re)index, on stderr. Only on a terminal and not
// in --json mode: a pipe or a script reading JSON must see nothing but results.

import type { Io } from "./options.js";

const WIDTH = 24;
/** Redraws at most this often: a terminal write per file would slow the build. */
const INTERVAL_MS = 100;

const clock = (s: number) => (s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m` : `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, "0")}`);

export interface Progress {
  readonly update: (done: number, total: number) => void;
  /** Clears the line, once the index is open. */
  readonly finish: () => void;
}

export function progressBar(io: Io, json: boolean, now: () => number = () => performance.now()): Progress | undefined {
  if (json || !io.stderrIsTTY) return undefined;
  const start = now();
  let last = -Infinity;
  let shown = false;
  const finish = () => {
    if (shown) io.stderr("\r\u001b[2K");
    shown = false;
  };
  const update = (done: number, total: number) => {
    const t = now();
    const finished = done >= total;
    if (!finished && t - last < INTERVAL_MS) return;
    last = t;
    shown = true;
    if (finished) {
      // Resolving people and merging encounters across the corpus comes next, with no per-file steps to count.
      io.stderr(`\r\u001b[2Kindexing: ${total} files read, building the index…`);
      return;
    }
    const seconds = (t - start) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const filled = Math.round((done / total) * WIDTH);
    const left = rate > 0 ? clock((total - done) / rate) : "?";
    io.stderr(`\r\u001b[2Kindexing [${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${done}/${total} files, ${Math.round(rate)} articles/s, ${left} left`);
  };
  return { update, finish };
}
