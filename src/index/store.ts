// The on-disk index of one corpus folder: one SQLite file, its schema, and the
// reads and writes every other module goes through.
//
//   documents   one row per article file: its listing (size, mtime, ctime,
//               inode), the sha256 of its bytes, the decoded text, the parse
//               and the extraction (or why it was skipped). Changed, added and
//               deleted files are re-read alone; a renamed file keeps its
//               extraction (found by content hash).
//   encounters, encounter_people, attendees, people, names, claims, sources,
//   problems, blobs
//               the records every query reads, with their ids, rewritten in
//               one transaction when the documents or curation.yaml change:
//               a reader sees the old records or the new ones, never a mix.
//   meta        schema version, the code fingerprints, the loader's options,
//               and the two keys that say whether the records are current
//               (listing_key: the folder as last listed; content_key: the
//               documents, curation.yaml and problems they were built from).
//
// Migration: a file of another schema version or another extractor is not
// converted but emptied and rebuilt (the articles are the source of truth; a
// rebuild is the one migration that is always right). A damaged file is
// deleted and rebuilt the same way.

import { mkdirSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { CorpusFile, Problem } from "../corpus/list.js";
import type { ParsedArticle } from "../corpus/load.js";
import type { DocumentExtraction } from "../extract/document.js";
import { isBusy, openDatabase, type Database } from "./engine.js";
import type { Index, IndexLookups } from "./build.js";
import { recordPostings } from "./record-words.js";
import type { AttendeeRecord, ClaimRecord, DocumentRecord, EncounterRecord, PersonRecord } from "./records.js";

export const SCHEMA_VERSION = 2;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime REAL NOT NULL,
  ctime REAL NOT NULL,
  ino INTEGER NOT NULL,
  hash TEXT NOT NULL,
  plain INTEGER NOT NULL,
  text TEXT,
  parsed TEXT,
  extraction TEXT,
  problems TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_by_hash ON documents (hash, plain);
CREATE TABLE IF NOT EXISTS encounters (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, date TEXT, kind TEXT NOT NULL, status TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS encounter_people (person TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (person, n)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places (name TEXT PRIMARY KEY, first INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS attendees (encounter TEXT PRIMARY KEY, records TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS people (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names (term TEXT NOT NULL, person TEXT NOT NULL, PRIMARY KEY (term, person)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS claims (n INTEGER PRIMARY KEY, id TEXT NOT NULL, encounter TEXT, speaker TEXT, document TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_by_encounter ON claims (encounter);
CREATE INDEX IF NOT EXISTS claims_by_speaker ON claims (speaker);
CREATE TABLE IF NOT EXISTS sources (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS problems (n INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_entries (n INTEGER PRIMARY KEY, type TEXT NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_words (word TEXT PRIMARY KEY, first INTEGER NOT NULL, postings TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS blobs (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;
const DERIVED = ["encounters", "encounter_people", "places", "attendees", "people", "names", "claims", "sources", "problems", "search_entries", "search_words", "blobs"] as const;

/** What the listing said of a stored file, and the hash of its bytes. */
export interface StoredStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
  /** sha256 of the bytes; "" when they could not be read. */
  readonly hash: string;
  readonly plain: boolean;
}

/** One article file as stored: its listing and content hash, and what reading and extraction made of it. */
export interface StoredDocument extends StoredStat {
  readonly id: string;
  /** The decoded text; null when the file is not indexed (unreadable, binary, too large, over its time budget). */
  readonly text: string | null;
  readonly parsed: ParsedArticle | null;
  readonly extraction: DocumentExtraction | null;
  readonly problems: readonly Problem[];
}

export const sameStat = (a: StoredStat, f: CorpusFile) => a.size === f.size && a.mtimeMs === f.mtimeMs && a.ctimeMs === f.ctimeMs && a.ino === f.ino;

/** What a record row read back must look like; anything else means the file is not ours or is damaged. */
function parseRow<T>(text: unknown, what: string, check: (x: Record<string, unknown>) => boolean): T {
  const value = typeof text === "string" ? (JSON.parse(text) as unknown) : null;
  if (!value || typeof value !== "object" || !check(value as Record<string, unknown>)) throw new StoreDamaged(`a stored ${what} has the wrong shape`);
  return value as T;
}

/** The store's file is unreadable or holds what this version did not write. */
export class StoreDamaged extends Error {}

const isText = (x: unknown) => typeof x === "string";
const isClaim = (x: Record<string, unknown>) => isText(x["id"]) && isText(x["text"]) && !!x["source"];
const isEncounter = (x: Record<string, unknown>) => isText(x["id"]) && Array.isArray(x["participants"]) && Array.isArray(x["sources"]);

export class Store {
  private constructor(readonly db: Database, readonly location: string) {}

  /**
   * Opens (creating if need be) the store at `location` (":memory:" for a
   * throw-away one). A file of another schema version, or one that is not a
   * database, is deleted and created anew.
   */
  static open(location: string, onRebuild: (message: string) => void = () => {}): Store {
    if (location !== ":memory:") mkdirSync(dirname(location), { recursive: true });
    try {
      return Store.openOnce(location);
    } catch (err) {
      if (location === ":memory:" || isBusy(err)) throw err;
      onRebuild(`the index at ${location} was damaged; rebuilding it`);
      removeStoreFiles(location);
      return Store.openOnce(location);
    }
  }

  private static openOnce(location: string): Store {
    const db = openDatabase(location, { busyTimeoutMs: 60_000 });
    try {
      // A page cache of 64 MB (the default is 2): replacing the records of a large corpus rewrites whole indexes, and with
      // 2 MB most of that was page misses.
      db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
      const version = (() => {
        try {
          return (db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value?: string } | undefined)?.value ?? null;
        } catch {
          return null;
        }
      })();
      if (version !== null && version !== String(SCHEMA_VERSION)) {
        db.close();
        removeStoreFiles(location);
        return Store.openOnce(location);
      }
      if (version === null) {
        db.exec("BEGIN IMMEDIATE");
        db.exec(SCHEMA);
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
        db.exec("COMMIT");
      }
      return new Store(db, location);
    } catch (err) {
      try {
        db.close();
      } catch {
        // already unusable
      }
      throw err;
    }
  }

  close(): void {
    try {
      // The engine's close() leaves the connection open until its prepared
      // statements are garbage-collected (close_v2); ending the read
      // transaction first means that it holds no lock meanwhile.
      if (this.db.isTransaction) this.db.exec("COMMIT");
      this.db.close();
    } catch {
      // closing twice, or after a failed statement
    }
  }

  meta(key: string): string | null {
    return (this.db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value?: string } | undefined)?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").run(key, value);
  }

  /** Runs `work` in one write transaction. */
  write<T>(work: () => T): T {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const out = work();
      this.db.exec("COMMIT");
      return out;
    } catch (err) {
      this.db.exec("ROLLBACK");
      throw err;
    }
  }

  /** Starts a read transaction that stays open, so every later read sees one state of the index. */
  beginRead(): void {
    this.db.exec("BEGIN");
    this.db.prepare("SELECT count(*) FROM meta").get();
  }

  endRead(): void {
    if (this.db.isTransaction) this.db.exec("COMMIT");
  }

  /** Empties the documents (another extractor or other loader options) and the records. */
  clearDocuments(): void {
    this.write(() => {
      this.db.exec("DELETE FROM documents");
      for (const t of DERIVED) this.db.exec(`DELETE FROM ${t}`);
      this.db.exec("DELETE FROM meta WHERE key IN ('listing_key', 'content_key')");
    });
  }

  documentStats(): Map<string, StoredStat> {
    const out = new Map<string, StoredStat>();
    for (const r of this.db.prepare("SELECT id, size, mtime, ctime, ino, hash, plain FROM documents").all() as Array<Record<string, unknown>>) {
      out.set(String(r["id"]), { size: Number(r["size"]), mtimeMs: Number(r["mtime"]), ctimeMs: Number(r["ctime"]), ino: Number(r["ino"]), hash: String(r["hash"]), plain: r["plain"] === 1 });
    }
    return out;
  }

  /** A stored document with these bytes (a renamed or copied file), for its parse and extraction. */
  documentWithContent(hash: string, plain: boolean): StoredDocument | null {
    const r = this.db.prepare("SELECT * FROM documents WHERE hash = ? AND plain = ? AND text IS NOT NULL LIMIT 1").get(hash, plain ? 1 : 0);
    return r ? rowToDocument(r as Record<string, unknown>) : null;
  }

  putDocuments(docs: readonly StoredDocument[]): void {
    if (docs.length === 0) return;
    const put = this.db.prepare("INSERT OR REPLACE INTO documents (id, size, mtime, ctime, ino, hash, plain, text, parsed, extraction, problems) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    this.write(() => {
      for (const d of docs) {
        put.run(d.id, d.size, d.mtimeMs, d.ctimeMs, d.ino, d.hash, d.plain ? 1 : 0, d.text, d.parsed ? JSON.stringify(d.parsed) : null, d.extraction ? JSON.stringify(d.extraction) : null, JSON.stringify(d.problems));
      }
    });
  }

  /** A touched file: new listing, same bytes. */
  restat(files: readonly CorpusFile[]): void {
    if (files.length === 0) return;
    const set = this.db.prepare("UPDATE documents SET size = ?, mtime = ?, ctime = ?, ino = ? WHERE id = ?");
    this.write(() => {
      for (const f of files) set.run(f.size, f.mtimeMs, f.ctimeMs ?? 0, f.ino ?? 0, f.id);
    });
  }

  deleteDocuments(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const del = this.db.prepare("DELETE FROM documents WHERE id = ?");
    this.write(() => {
      for (const id of ids) del.run(id);
    });
  }

  /** Every stored document, in id order, one at a time. */
  *documents(): Generator<StoredDocument> {
    for (const r of this.db.prepare("SELECT * FROM documents ORDER BY id").iterate()) yield rowToDocument(r as Record<string, unknown>);
  }

  /** Replaces every record in one transaction, with the keys that say what they were built from. */
  writeRecords(index: Index, claimSearch: string, keys: { readonly listing: string; readonly content: string }): void {
    const db = this.db;
    this.write(() => {
      for (const t of DERIVED) db.exec(`DELETE FROM ${t}`);
      const enc = db.prepare("INSERT INTO encounters (n, id, date, kind, status, record) VALUES (?, ?, ?, ?, ?, ?)");
      // Who took part in or attended each encounter, by the encounter's position: `list --with` and `ask` start here.
      const ep = db.prepare("INSERT OR IGNORE INTO encounter_people (person, n) VALUES (?, ?)");
      const place = db.prepare("INSERT OR IGNORE INTO places (name, first) VALUES (?, ?)");
      let placeOrder = 0;
      index.encounters.forEach((e, n) => {
        enc.run(n, e.id, e.date, e.kind, e.status, JSON.stringify(e));
        for (const p of e.participants) ep.run(p.id, n);
        for (const a of index.attendees[e.id] ?? []) ep.run(a.id, n);
        for (const name of [e.location?.name, e.location?.city, e.location?.country, e.location?.venue, e.event]) if (name) place.run(name, placeOrder++);
      });
      const att = db.prepare("INSERT INTO attendees (encounter, records) VALUES (?, ?)");
      for (const [id, list] of Object.entries(index.attendees)) att.run(id, JSON.stringify(list));
      const person = db.prepare("INSERT INTO people (n, id, name, record) VALUES (?, ?, ?, ?)");
      const name = db.prepare("INSERT OR IGNORE INTO names (term, person) VALUES (?, ?)");
      index.people.forEach((p, n) => {
        person.run(n, p.id, p.name, JSON.stringify(p));
        for (const term of new Set([p.name, ...p.aliases].flatMap((x) => [x.toLowerCase(), x.split(" ").pop()?.toLowerCase() ?? ""]))) if (term) name.run(term, p.id);
      });
      const claim = db.prepare("INSERT INTO claims (n, id, encounter, speaker, document, record) VALUES (?, ?, ?, ?, ?, ?)");
      index.claims.forEach((c, n) => claim.run(n, c.id, c.encounter, c.speaker?.id ?? null, c.source.document, JSON.stringify(c)));
      const source = db.prepare("INSERT INTO sources (n, id, record) VALUES (?, ?, ?)");
      index.documents.forEach((d, n) => source.run(n, d.id, JSON.stringify(d)));
      const problem = db.prepare("INSERT INTO problems (n, record) VALUES (?, ?)");
      index.problems.forEach((p, n) => problem.run(n, JSON.stringify(p)));
      db.prepare("INSERT INTO blobs (name, value) VALUES ('claim-search', ?)").run(claimSearch);
      // Search's words of each record, made once here rather than on every search.
      const postings = recordPostings(index);
      const entry = db.prepare("INSERT INTO search_entries (n, type, id, label) VALUES (?, ?, ?, ?)");
      for (let n = 0; n < index.encounters.length + index.people.length; n++) {
        const e = postings.entry(n);
        entry.run(n, e.type, e.id, e.label);
      }
      const word = db.prepare("INSERT INTO search_words (word, first, postings) VALUES (?, ?, ?)");
      postings.words.forEach((w, first) => word.run(w, first, JSON.stringify(postings.postings(w))));
      this.setMeta("listing_key", keys.listing);
      this.setMeta("content_key", keys.content);
    });
  }

  /**
   * The index as the records' tables hold it. Each part is read on first use
   * (a `list` never reads the claims); call beginRead() first, so all parts
   * come from one state of the store. `guard` wraps every read: what to do
   * when a part turns out damaged after this has returned.
   */
  readIndex(guard: <T>(read: () => T) => T = (read) => read()): Index {
    const db = this.db;
    const rows = <T>(sql: string, what: string, check: (x: Record<string, unknown>) => boolean) =>
      (db.prepare(sql).all() as Array<{ record: unknown }>).map((r) => parseRow<T>(r.record, what, check));
    const lazy = <T>(load: () => T) => {
      let value: T | undefined;
      return () => (value ??= load());
    };
    const encounters = lazy(() => rows<EncounterRecord>("SELECT record FROM encounters ORDER BY n", "encounter", isEncounter));
    const people = lazy(() => rows<PersonRecord>("SELECT record FROM people ORDER BY n", "person", (x) => isText(x["id"]) && isText(x["name"]) && Array.isArray(x["aliases"])));
    const claims = lazy(() => rows<ClaimRecord>("SELECT record FROM claims ORDER BY n", "claim", isClaim));
    const documents = lazy(() => rows<DocumentRecord>("SELECT record FROM sources ORDER BY n", "document", (x) => isText(x["id"]) && Array.isArray(x["encounters"])));
    const problems = lazy(() => rows<Problem>("SELECT record FROM problems ORDER BY n", "problem", (x) => isText(x["file"]) && isText(x["message"])));
    const attendeeList = (text: unknown): AttendeeRecord[] => {
      const list = typeof text === "string" ? (JSON.parse(text) as unknown) : null;
      if (!Array.isArray(list)) throw new StoreDamaged("stored attendees have the wrong shape");
      return list as AttendeeRecord[];
    };
    const attendeesOf = new Map<string, readonly AttendeeRecord[] | undefined>();
    const oneAttendeeList = db.prepare("SELECT records FROM attendees WHERE encounter = ?");
    const allAttendees = lazy(() => {
      const out: Record<string, readonly AttendeeRecord[]> = Object.create(null) as Record<string, readonly AttendeeRecord[]>;
      for (const r of db.prepare("SELECT encounter, records FROM attendees").all() as Array<{ encounter: unknown; records: unknown }>) out[String(r.encounter)] = attendeeList(r.records);
      return out;
    });
    // Looked up per encounter as a query asks for one (ask, show, who-attended); read whole only when listed.
    const attendees = new Proxy(Object.create(null) as Record<string, readonly AttendeeRecord[]>, {
      get: (_t, key) => {
        if (typeof key !== "string") return undefined;
        if (!attendeesOf.has(key)) attendeesOf.set(key, guard(() => {
          const r = oneAttendeeList.get(key) as { records?: unknown } | undefined;
          return r ? attendeeList(r.records) : undefined;
        }));
        return attendeesOf.get(key);
      },
      has: (_t, key) => typeof key === "string" && guard(() => !!oneAttendeeList.get(key)),
      ownKeys: () => Reflect.ownKeys(guard(allAttendees)),
      getOwnPropertyDescriptor: (_t, key) => {
        const all = guard(allAttendees);
        return typeof key === "string" && key in all ? { value: all[key], enumerable: true, configurable: true, writable: false } : undefined;
      },
    });
    const encounterRows = (sql: string, ...params: Array<string | number>) =>
      (db.prepare(sql).all(...params) as Array<{ record: unknown }>).map((r) => parseRow<EncounterRecord>(r.record, "encounter", isEncounter));
    const lookups: IndexLookups = {
      encountersWith: (ids) => guard(() => {
        if (ids.length === 0) return encounters();
        const unique = [...new Set(ids)];
        const each = unique.map(() => "SELECT n FROM encounter_people WHERE person = ?").join(" INTERSECT ");
        return encounterRows(`SELECT record FROM encounters WHERE n IN (${each}) ORDER BY n`, ...unique);
      }),
      encounterById: (id) => guard(() => encounterRows("SELECT record FROM encounters WHERE id = ?", id)[0] ?? null),
      placeNames: () => guard(() => (db.prepare("SELECT name FROM places ORDER BY first").all() as Array<{ name: unknown }>).map((r) => String(r.name))),
      recordPostings: () => guard(() => {
        const words = (db.prepare("SELECT word FROM search_words ORDER BY first").all() as Array<{ word: unknown }>).map((r) => String(r.word));
        const postingsOf = db.prepare("SELECT postings FROM search_words WHERE word = ?");
        const entryAt = db.prepare("SELECT type, id, label FROM search_entries WHERE n = ?");
        return {
          words,
          postings: (w: string) => guard(() => {
            const r = postingsOf.get(w) as { postings?: unknown } | undefined;
            const list = typeof r?.postings === "string" ? (JSON.parse(r.postings) as unknown) : [];
            if (!Array.isArray(list)) throw new StoreDamaged("stored search postings have the wrong shape");
            return list as number[];
          }),
          entry: (n: number) => guard(() => {
            const r = entryAt.get(n) as { type?: unknown; id?: unknown; label?: unknown } | undefined;
            if (!r || (r.type !== "encounter" && r.type !== "person")) throw new StoreDamaged("a stored search entry is missing");
            return { type: r.type, id: String(r.id), label: String(r.label) };
          }),
        };
      }),
      claimAt: (n) => guard(() => {
        const r = db.prepare("SELECT record FROM claims WHERE n = ?").get(n) as { record?: unknown } | undefined;
        return r ? parseRow<ClaimRecord>(r.record, "claim", isClaim) : undefined;
      }),
      claimCount: () => guard(() => Number((db.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n)),
    };
    const claimSearchJson = lazy(() => {
      const r = db.prepare("SELECT value FROM blobs WHERE name = 'claim-search'").get() as { value?: unknown } | undefined;
      return typeof r?.value === "string" ? r.value : null;
    });
    const index = {
      get documents() {
        return guard(documents);
      },
      get encounters() {
        return guard(encounters);
      },
      attendees,
      get people() {
        return guard(people);
      },
      get claims() {
        return guard(claims);
      },
      get problems() {
        return guard(problems);
      },
      claimSearch: async () => {
        const search = await import("./text-search.js");
        const json = claimSearchJson();
        return json ? search.loadClaimSearch(json) : search.buildClaimSearch(claims());
      },
    };
    if (this.location !== ":memory:") Object.defineProperty(index, "location", { value: this.location, enumerable: false });
    Object.defineProperty(index, "close", { value: () => this.close(), enumerable: false });
    Object.defineProperty(index, "lookups", { value: lookups, enumerable: false });
    return index;
  }
}

function rowToDocument(r: Record<string, unknown>): StoredDocument {
  const json = <T>(x: unknown): T | null => (typeof x === "string" ? (JSON.parse(x) as T) : null);
  const problems = json<Problem[]>(r["problems"]);
  const text = typeof r["text"] === "string" ? r["text"] : null;
  const parsed = json<ParsedArticle>(r["parsed"]);
  const extraction = json<DocumentExtraction>(r["extraction"]);
  // Read back, checked: a body that starts outside its text, or an extraction without its lists, would give wrong answers quietly.
  const whole = text === null
    ? parsed === null && extraction === null
    : !!parsed && Number.isInteger(parsed.bodyStart) && parsed.bodyStart >= 0 && parsed.bodyStart <= text.length && Array.isArray(parsed.problems) && !!parsed.metadata
      && !!extraction && ["people", "encounters", "attendees", "claims", "venues"].every((k) => Array.isArray((extraction as unknown as Record<string, unknown>)[k]));
  if (!Array.isArray(problems) || !whole) throw new StoreDamaged("a stored document has the wrong shape");
  return {
    id: String(r["id"]),
    size: Number(r["size"]),
    mtimeMs: Number(r["mtime"]),
    ctimeMs: Number(r["ctime"]),
    ino: Number(r["ino"]),
    hash: String(r["hash"]),
    plain: r["plain"] === 1,
    text,
    parsed,
    extraction,
    problems,
  };
}

/**
 * What extraction skipped in an existing store (over its time budget, or
 * failed), by content hash: `summits check` runs no extraction, so it reports
 * these from the last build. Nothing when there is no readable store.
 */
export function extractionSkips(location: string): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  let db: Database | null = null;
  try {
    statSync(location);
    db = openDatabase(location, { readOnly: true, busyTimeoutMs: 5_000 });
    for (const r of db.prepare("SELECT hash, problems FROM documents WHERE text IS NULL AND hash <> ''").all() as Array<Record<string, unknown>>) {
      const problems = JSON.parse(String(r["problems"])) as Problem[];
      const skips = problems.filter((p) => p.message.startsWith("skipped: extraction"));
      if (skips.length) out.set(String(r["hash"]), skips);
    }
  } catch {
    // no store, or not one this version can read: nothing known
  } finally {
    db?.close();
  }
  return out;
}

/** The database and the files SQLite keeps beside it. */
export function removeStoreFiles(location: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${location}${suffix}`, { force: true });
}

/** Bytes on disk of a store and its write-ahead log. */
export function storeSize(location: string): number {
  let n = 0;
  for (const suffix of ["", "-wal"]) {
    try {
      n += statSync(`${location}${suffix}`).size;
    } catch {
      // not there
    }
  }
  return n;
}
