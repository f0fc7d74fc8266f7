// The embedded database engine behind the on-disk index: SQLite, through
// @photostructure/sqlite 1.2.1, a copy of Node's own node:sqlite API
// (DatabaseSync) whose native binaries for every platform ship inside the npm
// tarball. Why this one, measured on this project's machine (Node 20.20,
// 2 cores, npm 11, no access to GitHub release downloads):
//   - @photostructure/sqlite 1.2.1: installs in 1.1 s (nothing compiled or
//     downloaded: node-gyp-build finds prebuilds/linux-x64 at run time),
//     loads in 5 ms, opens and answers a query in 0.5 ms, 46 MB RSS; FTS5 in.
//     Its API is node:sqlite's, so moving to node:sqlite once Node 22 is the
//     floor is an import change. (2.x needs Node 22.)
//   - libsql 0.5 (binary as an optional dependency, better-sqlite3's API):
//     installs in 0.8 s but loads in 15-17 ms, 54 MB RSS.
//   - node-sqlite3-wasm 0.8 (WASM, real file VFS): installs in 0.5 s, loads in
//     14 ms, then 116 ms to compile the module on every open, 95 MB RSS.
//   - better-sqlite3 12: builds from source here (~2 min added to npm
//     install); 13 needs Node 22 and crashes on 20.
//   - node:sqlite: not in Node 20.
// It is loaded only when a command needs the index (never for the built-in
// corpus's install-time index, `check`, or `index path`).

import { createRequire } from "node:module";
import type { DatabaseSync } from "@photostructure/sqlite";

export type Database = InstanceType<typeof DatabaseSync>;

export interface OpenDatabaseOptions {
  readonly readOnly?: boolean;
  /** How long a statement waits for another connection's lock before SQLITE_BUSY. */
  readonly busyTimeoutMs?: number;
}

export function openDatabase(location: string, options: OpenDatabaseOptions = {}): Database {
  const engine = createRequire(import.meta.url)("@photostructure/sqlite") as typeof import("@photostructure/sqlite");
  return new engine.DatabaseSync(location, { readOnly: options.readOnly ?? false, timeout: options.busyTimeoutMs ?? 0 });
}

/** SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock. */
export function isBusy(err: unknown): boolean {
  const e = err as { errcode?: number; message?: string } | null;
  const code = (e?.errcode ?? 0) & 0xff;
  return code === 5 || code === 6 || /database is locked|database table is locked/i.test(e?.message ?? "");
}
