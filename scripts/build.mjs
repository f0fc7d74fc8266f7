// Builds the CLI: one bundled ES module for start-up (dist/summits.js) and
// lazily loaded chunks for what only indexing needs; and the eval harness
// (dist/eval.js, `npm run eval`). Runs on install (prepare).
import { build } from "esbuild";
import { rmSync } from "node:fs";

rmSync(new URL("../dist/", import.meta.url), { recursive: true, force: true });
// The CLI and the eval harness are built apart, so the harness adds nothing to
// the CLI's start-up (no chunks shared between the two entry points).
const options = {
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "bundle",
  // gray-matter and city-timezones are CommonJS and require() node built-ins and JSON.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  external: ["city-timezones", "world-countries"],
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
  legalComments: "none",
};
await build({ ...options, entryPoints: { summits: "src/cli/entry.ts" } });
await build({ ...options, entryPoints: { eval: "src/eval/run.ts" } });
