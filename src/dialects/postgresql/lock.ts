import { createHash } from "node:crypto";
import type { BoundConnection, LockScope, MigrationLock } from "../dialect.js";
import { pollForLock, type LockWait } from "../../util/poll-lock.js";

/**
 * The advisory-lock key of a version table: 64 bits of a hash of its schema and name.
 * Advisory locks are per database already, so the database needs no part in it.
 */
export function advisoryKey(scope: LockScope): bigint {
  const digest = createHash("sha256").update(`retort-migrations:${scope.schema ?? ""}.${scope.table}`).digest();
  return digest.readBigInt64BE(0);
}

/**
 * A session-level advisory lock on the run's own connection. Session-level, not
 * transaction-level: it must outlive the COMMITs of transaction-per-migration and of an
 * autocommit block. The session ends with its process (a killed run's server backend sees the
 * socket close), and the lock with it. On PGlite the one session always gets it: the data
 * folder's lock already keeps other processes out.
 */
export async function acquireMigrationLock(conn: BoundConnection, scope: LockScope, wait: LockWait): Promise<MigrationLock> {
  const key = advisoryKey(scope).toString();
  const table = scope.schema === null ? scope.table : `${scope.schema}.${scope.table}`;
  await pollForLock({
    ...wait,
    what: `the migration lock of ${conn.url.toString()} (${table})`,
    tryTake: async () => (await conn.query("SELECT pg_try_advisory_lock($1::bigint) AS ok", [key])).rows[0]?.["ok"] === true,
    holder: () => holderOf(conn, BigInt(key)),
  });
  return { release: async () => void (await conn.query("SELECT pg_advisory_unlock($1::bigint)", [key])) };
}

/** The session holding the key, with the application name Retort connects with (its pid and host). */
async function holderOf(conn: BoundConnection, key: bigint): Promise<string | null> {
  // A bigint key is kept as classid (high 32 bits), objid (low 32 bits) and objsubid 1.
  const high = (BigInt.asUintN(64, key) >> 32n).toString();
  const low = (BigInt.asUintN(64, key) & 0xffffffffn).toString();
  const r = await conn.query(
    "SELECT l.pid, a.application_name FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid " +
      "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 AND l.classid = $1::oid AND l.objid = $2::oid " +
      "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    [high, low],
  );
  const row = r.rows[0];
  if (row === undefined) return null;
  const app = typeof row["application_name"] === "string" && row["application_name"] !== "" ? ` (${row["application_name"]})` : "";
  return `PostgreSQL session ${String(row["pid"])}${app}`;
}
