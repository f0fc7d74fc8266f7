// Builds the CLI: one bundled ES module for start-up (dist/summits.js), the
// worker thread of a parallel build (dist/worker.js), lazily loaded chunks for
// what only indexing needs, and the built-in corpus's index
// (dist/builtin-index.json). Runs on install (prepare).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

// Cached extractions are valid only for the code that made them: any change
// under src/extract/ or src/corpus/, or to the gazetteer's data packages,
// gives a new fingerprint and so a fresh cache.
function extractorFingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else hash.update(`${relative(root, full)}\0`).update(readFileSync(full)).update("\0");
    }
  };
  walk(join(root, "src/extract"));
  walk(join(root, "src/corpus"));
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  for (const pkg of ["city-timezones", "world-countries"]) hash.update(`${pkg}@${lock.packages?.[`node_modules/${pkg}`]?.version ?? "?"}\0`);
  return hash.digest("hex").slice(0, 16);
}

rmSync(dist, { recursive: true, force: true });
const common = {
  absWorkingDir: root,
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "bundle",
  define: { __EXTRACTOR_FINGERPRINT__: JSON.stringify(extractorFingerprint()) },
  // gray-matter and city-timezones are CommonJS and require() node built-ins and JSON.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  external: ["city-timezones", "world-countries"],
  logLevel: "warning",
  legalComments: "none",
  metafile: true,
};
// The CLI, split so that what only some commands or only indexing need is
// loaded on demand. Built alone: sharing chunks with the worker would split
// the start-up file into several small modules, each a file to load.
const stubChildProcess = {
  name: "stub-child-process-for-commander",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: join(root, "scripts/stubs/child-process.cjs") } : undefined);
  },
};
const result = await build({ ...common, entryPoints: { summits: "src/cli/entry.ts" }, splitting: true, chunkNames: "chunks/[name]-[hash]", plugins: [stubChildProcess] });
// The worker thread and the install-time indexer: one self-contained file each.
await build({ ...common, entryPoints: { worker: "src/index/worker.ts", prebuild: "src/index/prebuild.ts" }, splitting: false });

// A query on an indexed corpus must not load the indexing stack: fail the
// build if the start-up file (or a chunk it imports statically) pulls it in.
const outputs = result.metafile.outputs;
const startup = new Set();
const visit = (file) => {
  if (startup.has(file)) return;
  startup.add(file);
  for (const imp of outputs[file]?.imports ?? []) if (imp.kind === "import-statement" && outputs[imp.path]) visit(imp.path);
};
visit("dist/summits.js");
const HEAVY = /(node_modules\/(gray-matter|yaml|zod)\/|src\/(extract|resolve)\/|src\/corpus\/(load|schema|front-matter)\.ts|src\/index\/(build|indexer|process)\.ts)/;
const leaked = [...startup].flatMap((file) => Object.keys(outputs[file].inputs).filter((input) => HEAVY.test(input)).map((input) => `${file}: ${input}`));
if (leaked.length) throw new Error(`start-up bundle imports indexing code statically:\n  ${leaked.join("\n  ")}`);
if (process.env.SUMMITS_BUILD_REPORT) {
  for (const file of startup) console.log(file, outputs[file].bytes, Object.keys(outputs[file].inputs).map((i) => i.replace(/^node_modules\//, "")).filter((i) => !i.startsWith("src/")).map((i) => i.split("/")[0]).filter((x, i, a) => a.indexOf(x) === i).join(" "));
}

const { prebuiltIndexText } = await import(pathToFileURL(join(dist, "prebuild.js")).href);
writeFileSync(join(dist, "builtin-index.json"), await prebuiltIndexText(join(root, "corpus")));
