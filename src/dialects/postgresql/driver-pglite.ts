import type { DbUrl } from "../../config/url.js";
import type { ConnectOptions, Connection } from "../dialect.js";
import { setImmediate as nextTurn } from "node:timers/promises";
import { fail, messageOf } from "../../util/errors.js";
import { acquireProcessLock, LockTimeoutError, type HeldLock } from "../../util/process-lock.js";
import { prepareDataFolder, refuseOtherOpeners, dataFolderKey } from "./pglite-folder.js";
import { createDatabase } from "./pglite-image.js";
import { importModule } from "../../util/import-module.js";

type PGliteClass = typeof import("@electric-sql/pglite").PGlite;
type PGliteInstance = InstanceType<PGliteClass>;

/*
 * PGlite is PostgreSQL in one process: two instances on one data folder each believe they own
 * it, and the folder ends up corrupt. So a data folder is opened under a lock that dies with its
 * holder; a second Retort waits for it, and a program that opened the folder without the lock
 * is refused.
 */

/**
 * A migration run touches a handful of tables: a small buffer cache starts 0.4 s sooner than
 * PostgreSQL's default 128MB, which PGlite zeroes at every start.
 */
const START_PARAMS = ["-c", "shared_buffers=16MB", "-c", "max_connections=10"];

const V8_FLAGS_CHANGED = Symbol.for("retort-migrate.v8-flags-changed");

/** Embedded PostgreSQL in WebAssembly: a data folder (SQLite's path rule) or memory. */
export async function connectPglite(url: DbUrl, options: ConnectOptions): Promise<Connection> {
  // A command runs PGlite's 9 MB of WebAssembly for a moment: V8's baseline compiler alone starts
  // it about 0.3 s sooner, and the process need not wait at exit for optimised code that would
  // never run (heavy data migrations lose under 10%). Set before the module is compiled.
  (await importModule<typeof import("node:v8")>("node:v8")).setFlagsFromString("--liftoff-only");
  // V8's code cache holds the flags it was made under: the command line keeps none made after
  // this (bin/retort.js), which the next command, under the usual flags, would refuse.
  (globalThis as { [V8_FLAGS_CHANGED]?: boolean })[V8_FLAGS_CHANGED] = true;
  const { PGlite } = await importModule<typeof import("@electric-sql/pglite")>("@electric-sql/pglite");
  if (url.database === null) return wrap(await open(PGlite, undefined, "create", "memory"), null);
  const dataDir = url.database;
  const what = `the embedded database at ${dataDir}`;
  let lock: HeldLock;
  try {
    lock = await acquireProcessLock(dataFolderKey(dataDir), { timeoutMs: options.lockTimeoutMs, onWait: options.onWait, what, signal: options.signal });
  } catch (err) {
    if (err instanceof LockTimeoutError) fail(err.message);
    throw err;
  }
  try {
    refuseOtherOpeners(dataDir, what);
    await prepareDataFolder(dataDir, async (dir) => (await open(PGlite, dir, "create", dataDir)).close());
    return wrap(await open(PGlite, dataDir, "open", dataDir), lock);
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/** Open (or create) an instance in `dataDir`; messages name it `where` (the folder the user gave). */
async function open(PGlite: PGliteClass, dataDir: string | undefined, mode: "create" | "open", where: string): Promise<PGliteInstance> {
  const options = { startParams: [...PGlite.defaultStartParams, ...START_PARAMS] };
  try {
    return await (mode === "create" ? createDatabase(PGlite, dataDir, options) : PGlite.create(dataDir, options));
  } catch (err) {
    if (mode === "create") fail(`Could not create the embedded database at ${where}: ${describe(err)}`, err);
    fail(
      `Could not open the embedded database at ${where}: ${describe(err)}. ` +
        `Restore the folder from a backup, or remove it to start over with an empty database.`,
      err,
    );
  }
}

function describe(err: unknown): string {
  const message = messageOf(err).trim().replace(/\.$/, "");
  // WebAssembly's abort says nothing a user can act on; what it means here is a damaged folder.
  return /^Aborted\(/.test(message) || message === "" ? "PostgreSQL stopped while reading its files (they are damaged)" : message;
}

/**
 * PostgreSQL runs on this thread: while a statement runs nothing else does, and it cannot be
 * cancelled (PGlite has no cancel, and no other thread can reach its memory). A signal that
 * arrives meanwhile is read by the event loop only in its poll phase, which a run of statements
 * chained by promises never reaches; so after a statement that kept the loop waiting, the loop
 * gets two turns (the first may end the current iteration, the second passes a poll), and an
 * interrupt stops the run before its next statement. Short statements share the cost.
 */
const YIELD_AFTER_MS = 20;

function wrap(db: PGliteInstance, lock: HeldLock | null): Connection {
  let closed = false;
  let lastTurn = performance.now();
  const letSignalsIn = async (): Promise<void> => {
    if (performance.now() - lastTurn < YIELD_AFTER_MS) return;
    await nextTurn();
    await nextTurn();
    lastTurn = performance.now();
  };
  return {
    query: async (sql, params) => {
      try {
        if (params && params.length > 0) {
          const r = await db.query<Record<string, unknown>>(sql, [...params]);
          return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
        }
        // exec() accepts several statements in one text, as op.execute strings may hold.
        const results = await db.exec(sql);
        const last = results[results.length - 1];
        return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      } finally {
        await letSignalsIn();
      }
    },
    // Closing writes PostgreSQL's shutdown checkpoint: the folder is complete only after it, so
    // the lock is let go only then, and a failure here is the command's failure.
    close: async () => {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        await lock?.release();
      }
    },
  };
}
