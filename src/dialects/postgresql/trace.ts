/**
 * `retort lint --trace` on PostgreSQL and PGlite: around each statement, the locks this session
 * holds on user tables (pg_locks; locks are held to the end of the transaction, so what is new
 * after the statement is what it took) and each table's storage file (pg_class.relfilenode: a
 * new one means the table was rewritten). Read from the migration's own session, which PGlite's
 * single connection requires and which sees the same locks on a server.
 */
import type { Connection, QueryResult, StatementTracer, TracedLock } from "../dialect.js";

const LOCKS = `SELECT l.mode, coalesce(n.nspname || '.' || c.relname, 'oid ' || l.relation::text) AS rel
  FROM pg_locks l LEFT JOIN pg_class c ON c.oid = l.relation LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
    AND (c.oid IS NULL OR (c.relkind IN ('r', 'p', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'))`;

const FILES = `SELECT c.oid::text AS oid, n.nspname || '.' || c.relname AS rel, c.relfilenode::text AS file
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'`;

/** PostgreSQL's table lock modes, weakest first (docs: "Table-Level Locks"). */
const MODES = ["ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"];

/** "AccessExclusiveLock" -> "ACCESS EXCLUSIVE". */
const modeName = (mode: string): string => mode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();

async function heldLocks(conn: Connection): Promise<Set<string>> {
  const r = await conn.query(LOCKS);
  // A relation that is gone by now was the rewrite's transient copy: the table's own lock says it all.
  return new Set(r.rows.filter((row) => !String(row["rel"]).startsWith("oid ")).map((row) => `${modeName(String(row["mode"]))} on ${String(row["rel"])}`));
}

async function storage(conn: Connection): Promise<Map<string, { rel: string; file: string }>> {
  const r = await conn.query(FILES);
  return new Map(r.rows.map((row) => [String(row["oid"]), { rel: String(row["rel"]), file: String(row["file"]) }]));
}

export async function traceStatements(conn: Connection): Promise<StatementTracer> {
  return {
    run: async (sql: string, exec: () => Promise<QueryResult>) => {
      const [locksBefore, filesBefore] = [await heldLocks(conn), await storage(conn)];
      const started = performance.now();
      const result = await exec();
      const ms = performance.now() - started;
      const [locksAfter, filesAfter] = [await heldLocks(conn), await storage(conn)];
      const strongest = new Map<string, TracedLock>();
      for (const l of [...locksAfter].filter((l) => !locksBefore.has(l))) {
        const [mode = "", relation = ""] = l.split(" on ");
        const lock = { mode, relation, strength: MODES.indexOf(mode) };
        if ((strongest.get(relation)?.strength ?? -1) < lock.strength) strongest.set(relation, lock);
      }
      const locks = [...strongest.values()].sort((a, b) => a.relation.localeCompare(b.relation));
      const rewritten = [...filesAfter].filter(([oid, now]) => filesBefore.has(oid) && filesBefore.get(oid)!.file !== now.file).map(([, now]) => now.rel).sort();
      return { result, traced: { sql, locks, rewritten, ms } };
    },
  };
}
