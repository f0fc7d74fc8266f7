// The process around main(): real output, a quiet exit when the reader of a
// pipe goes away (`summits list --json | head -c 50`), and a last-resort
// handler that keeps stack traces for bugs only, behind SUMMITS_DEBUG.
//
// Output is written to the file descriptors directly: creating
// process.stdout for a pipe loads Node's net and stream modules, a few
// milliseconds of a start that should take about as long as Node's own.
// Only a descriptor that cannot take the bytes now (non-blocking, full)
// falls back to the stream, which queues them.

import { fstatSync, writeSync } from "node:fs";
import { createRequire } from "node:module";
import { main } from "./main.js";

/** What the system said, without Node's decoration: "no space left on device (ENOSPC)". */
const describe = (err: NodeJS.ErrnoException) => `${err.message.replace(/^[A-Z]+: /, "").replace(/, write$/, "")}${err.code ? ` (${err.code})` : ""}`;

/**
 * A write that failed. On stdout, a closed pipe is a reader who has seen
 * enough (`| head -c 10`): a quiet exit 0; anything else (a full disk) is the
 * user's machine, not a bug: one plain line and status 2. On stderr there is
 * nowhere left to say anything, and a message lost must not change the exit
 * status (`2>/dev/full` still exits 2 for a missing corpus), so it is dropped.
 */
function writeFailed(fd: 1 | 2, err: NodeJS.ErrnoException): void {
  if (fd === 2) return;
  if (err.code === "EPIPE") process.exit(0);
  try {
    writeSync(2, `summits: cannot write output: ${describe(err)}\n`);
  } catch {
    // stderr is gone too: the exit status is all that is left.
  }
  process.exit(2);
}

/** Writes to fd 1 or 2; once a write has gone to the stream, so do all later ones, to keep their order. */
function writer(fd: 1 | 2): (text: string) => void {
  let stream: NodeJS.WriteStream | null = null;
  let failed = false;
  return (text) => {
    if (!text || failed) return;
    const bytes = Buffer.from(text, "utf8");
    let at = 0;
    while (!stream && at < bytes.length) {
      try {
        at += writeSync(fd, bytes, at);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        if (e.code !== "EAGAIN") {
          failed = true;
          return writeFailed(fd, e);
        }
        stream = fd === 1 ? process.stdout : process.stderr;
        stream.on("error", (streamErr: NodeJS.ErrnoException) => {
          failed = true;
          writeFailed(fd, streamErr);
        });
      }
    }
    if (stream && at < bytes.length) stream.write(bytes.subarray(at));
  };
}

/**
 * isatty(), without loading node:tty (which loads net and streams) when the
 * descriptor is a pipe or a file, as it is whenever a script reads the output.
 */
function isTerminal(fd: 1 | 2): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  const tty = createRequire(import.meta.url)("node:tty") as typeof import("node:tty");
  return tty.isatty(fd);
}

const stdout = writer(1);
const stderr = writer(2);
const stdoutIsTTY = isTerminal(1);

main(process.argv.slice(2), {
  stdout,
  stderr,
  env: process.env,
  isTTY: stdoutIsTTY,
  stderrIsTTY: isTerminal(2),
  // Only a terminal has a width, and only then is the stream worth creating.
  // A pseudo-terminal may report 0 columns; COLUMNS is the next best guess.
  columns: stdoutIsTTY ? process.stdout.columns || Number(process.env["COLUMNS"]) || undefined : undefined,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    stderr(`summits: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env["SUMMITS_DEBUG"] && err instanceof Error) stderr(`${err.stack}\n`);
    process.exitCode = 2;
  },
);
