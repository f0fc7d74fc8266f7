// fuse.js and cli-table3, loaded from node_modules the first time something
// needs them rather than bundled into start-up: most queries need neither
// (exact names, output to a pipe), and parsing and running them cost several
// milliseconds of a start that should take about as long as Node's own.
// Synchronous, because the code that needs them is.

import { createRequire } from "node:module";
import type FuseClass from "fuse.js";
import type TableClass from "cli-table3";

const load = (name: string): unknown => createRequire(import.meta.url)(name);

export const loadFuse = () => load("fuse.js") as typeof FuseClass;
export const loadTable = () => load("cli-table3") as typeof TableClass;
