import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import type { BoundConnection, LockScope, MigrationLock } from "../dialect.js";
import { acquireProcessLock } from "../../util/process-lock.js";
import type { LockWait } from "../../util/poll-lock.js";
import { databaseFile } from "./driver.js";

/**
 * SQLite has no lock that lasts across transactions: with transaction-per-migration, another
 * process could slip in between two migrations. So a run holds a lock between processes named by
 * the database file's real path and the version table, which the system takes back when its
 * holder ends (util/process-lock.ts); each migration transaction also starts with BEGIN
 * IMMEDIATE (the dialect's beginStatement). A database in memory is this process's alone.
 */
export async function acquireMigrationLock(conn: BoundConnection, scope: LockScope, wait: LockWait): Promise<MigrationLock> {
  const file = databaseFile(conn.url);
  if (file === ":memory:") return { release: async () => {} };
  let path = resolve(file);
  try {
    path = realpathSync(path);
  } catch {
    // not created yet: its path as given
  }
  const table = scope.schema === null ? scope.table : `${scope.schema}.${scope.table}`;
  return acquireProcessLock(`sqlite-migrations:${path}:${table}`, {
    timeoutMs: wait.timeoutMs,
    onWait: wait.onWait,
    signal: wait.signal,
    what: `the migration lock of ${conn.url.toString()} (${table})`,
    held: true,
  });
}
