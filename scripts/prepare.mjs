// npm runs `prepare` after `npm install` in a clone of the repository, and
// before `npm pack`: there it builds the CLI (scripts/build.mjs). An
// installed package has no source to build from and needs nothing: its dist/
// came in the tarball, which ships this file but not the build script.
import { existsSync } from "node:fs";

if (existsSync(new URL("./build.mjs", import.meta.url))) await import("./build.mjs");
