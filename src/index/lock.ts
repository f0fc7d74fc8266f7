// One writer per store. The lock is a write transaction held open on a small
// SQLite file beside the store for as long as this process updates it: the
// operating system drops it when the process ends, however it ends (kill -9
// included), so a crash never leaves a stale lock behind. Readers take no
// lock: they read the store's last committed records.

import { rmSync } from "node:fs";
import { UsageError } from "../errors.js";
import { isBusy, openDatabase, type Database } from "./engine.js";

export interface LockOptions {
  /** Said once, when another process holds the lock and this one waits. */
  readonly onWait: (message: string) => void;
  /** How long to wait for the other process before giving up with one line. */
  readonly maxWaitMs: number;
}

export type Release = () => void;

export function lockStore(location: string, options: LockOptions): Release {
  const path = `${location}.lock`;
  const take = (waitMs: number): Database | null => {
    const db = openDatabase(path, { busyTimeoutMs: waitMs });
    try {
      db.exec("BEGIN EXCLUSIVE");
      return db;
    } catch (err) {
      db.close();
      if (isBusy(err)) return null;
      throw err;
    }
  };
  let db: Database | null;
  try {
    db = take(0);
  } catch {
    // Not a lock file SQLite can use (damaged, truncated): it holds nothing, so it is made anew.
    rmSync(path, { force: true });
    db = take(0);
  }
  if (!db) {
    options.onWait(`another summits process is indexing this corpus; waiting for it (up to ${Math.round(options.maxWaitMs / 1000)} s)`);
    db = take(options.maxWaitMs);
    if (!db) throw new UsageError(`another summits process has been indexing this corpus for over ${Math.round(options.maxWaitMs / 1000)} s (lock ${path}); try again when it has finished`);
  }
  const held = db;
  return () => {
    try {
      held.exec("ROLLBACK");
    } catch {
      // already released
    }
    held.close();
  };
}
