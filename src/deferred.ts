// fuse.js, loaded from node_modules the first time something needs it rather
// than bundled into start-up: most queries need none (exact names, output to
// a pipe), and parsing and running it costs several milliseconds of a start
// that should take about as long as Node's own. Synchronous, because the
// code that needs it is.

import { createRequire } from "node:module";
import type FuseClass from "fuse.js";

const load = (name: string): unknown => createRequire(import.meta.url)(name);

export const loadFuse = () => load("fuse.js") as typeof FuseClass;
