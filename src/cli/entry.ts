// The process around main(): real streams, a quiet exit when the reader of a
// pipe goes away (`summits list --json | head -c 50`), and a last-resort
// handler that keeps stack traces for bugs only, behind SUMMITS_DEBUG.

import { main } from "./main.js";

function onStreamError(err: NodeJS.ErrnoException): void {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
}
process.stdout.on("error", onStreamError);
process.stderr.on("error", onStreamError);

main(process.argv.slice(2), {
  stdout: (text) => {
    if (text) process.stdout.write(text);
  },
  stderr: (text) => {
    if (text) process.stderr.write(text);
  },
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stdout.columns,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`summits: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env["SUMMITS_DEBUG"] && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 2;
  },
);
