import { createHash } from "node:crypto";
import type { BoundConnection, LockScope, MigrationLock } from "../dialect.js";
import { pollForLock, type LockWait } from "../../util/poll-lock.js";

/** GET_LOCK names are at most 64 characters: a long database and table name is hashed. */
export function lockName(database: string, table: string): string {
  const name = `retort:${database}.${table}`;
  return name.length <= 64 ? name : `retort:${createHash("sha256").update(name).digest("hex").slice(0, 56)}`;
}

/**
 * A named lock (GET_LOCK) on the run's connection, per database and version table. Named locks
 * belong to the session, not to a transaction, and the server lets go of them when the session
 * ends, a killed client's included. Tried without waiting and polled, so that Ctrl-C and
 * lock_timeout are exact.
 */
export async function acquireMigrationLock(conn: BoundConnection, scope: LockScope, wait: LockWait): Promise<MigrationLock> {
  const database = scope.schema ?? String((await conn.query("SELECT DATABASE() AS db")).rows[0]?.["db"] ?? "");
  const name = lockName(database, scope.table);
  await pollForLock({
    ...wait,
    what: `the migration lock of ${conn.url.toString()} (${scope.schema === null ? scope.table : `${scope.schema}.${scope.table}`})`,
    tryTake: async () => Number((await conn.query("SELECT GET_LOCK(?, 0) AS ok", [name])).rows[0]?.["ok"]) === 1,
    holder: () => holderOf(conn, name),
  });
  return { release: async () => void (await conn.query("SELECT RELEASE_LOCK(?)", [name])) };
}

async function holderOf(conn: BoundConnection, name: string): Promise<string | null> {
  const id = (await conn.query("SELECT IS_USED_LOCK(?) AS id", [name])).rows[0]?.["id"];
  if (id === null || id === undefined) return null;
  const r = await conn.query("SELECT USER AS u, HOST AS h FROM information_schema.PROCESSLIST WHERE ID = ?", [id]);
  const row = r.rows[0];
  return row === undefined ? `connection ${String(id)}` : `connection ${String(id)} (${String(row["u"])}@${String(row["h"])})`;
}
