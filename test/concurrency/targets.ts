// The databases the concurrency and kill tests run on, each as a fresh database and a way to read it.
import { join } from "node:path";
import Database from "better-sqlite3";
import { PGlite } from "@electric-sql/pglite";
import { createDatabase as createPg } from "../support/pg.js";
import { createDatabase as createMariadb } from "../support/mariadb.js";

export type Rows = Record<string, unknown>[];

/** One fresh database: its URL (relative ones are relative to the project folder) and a reader. */
export interface TargetDb {
  readonly url: string;
  /** Run a read-only query once no retort process is running. */
  query(projectDir: string, sql: string): Promise<Rows>;
  /** Several at once (one open of an embedded database); a query that fails gives null. */
  queries(projectDir: string, sqls: readonly string[]): Promise<(Rows | null)[]>;
  /** Tables and columns, as the database's catalog has them, in a stated order. */
  catalog(projectDir: string): Promise<string[]>;
  drop(): Promise<void>;
}

export interface Target {
  readonly name: string;
  /** A statement that takes a few milliseconds, so that kills land inside migrations. */
  readonly slowSql: string;
  /** Whether a migration and its version-table row commit together (transactional DDL). */
  readonly transactional: boolean;
  create(): Promise<TargetDb>;
}

export const postgresql: Target = {
  name: "postgresql",
  slowSql: "SELECT pg_sleep(0.02)",
  transactional: true,
  create: async () => {
    const db = await createPg("retort_conc");
    return {
      url: db.url,
      query: (_dir, sql) => db.query(sql),
      queries: (_dir, sqls) => Promise.all(sqls.map((q) => db.query(q).catch(() => null))),
      catalog: async () =>
        (await db.query("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2")).map((r) =>
          Object.values(r).join(" "),
        ),
      drop: () => db.drop(),
    };
  },
};

export const mariadb: Target = {
  name: "mariadb",
  slowSql: "DO SLEEP(0.02)",
  transactional: false,
  create: async () => {
    const db = await createMariadb("retort_conc");
    return {
      url: db.url,
      query: (_dir, sql) => db.query(sql),
      queries: (_dir, sqls) => Promise.all(sqls.map((q) => db.query(q).catch(() => null))),
      catalog: async () => {
        const s = await db.schema();
        return [...s.tables, ...s.columns.map((c) => c.join(" "))];
      },
      drop: () => db.drop(),
    };
  },
};

/** About 20 ms of work: SQLite has no sleep function. */
const SQLITE_BUSY_WORK = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c";

export const sqlite: Target = {
  name: "sqlite",
  slowSql: SQLITE_BUSY_WORK,
  transactional: true,
  create: async () => {
    const read = (dir: string, sql: string): Rows => {
      const db = new Database(join(dir, "app.db"), { readonly: true });
      try {
        return db.prepare(sql).all() as Rows;
      } finally {
        db.close();
      }
    };
    return {
      url: "sqlite:///app.db",
      query: async (dir, sql) => read(dir, sql),
      queries: async (dir, sqls) =>
        sqls.map((q) => {
          try {
            return read(dir, q);
          } catch {
            return null;
          }
        }),
      catalog: async (dir) => read(dir, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").map((r) => Object.values(r).join(" ")),
      drop: async () => {},
    };
  },
};

export const pglite: Target = {
  name: "pglite",
  slowSql: "SELECT pg_sleep(0.02)",
  transactional: true,
  create: async () => {
    // Opened with PGlite itself, only while no retort process runs (it takes no lock of Retort's).
    const withDb = async <T>(dir: string, fn: (db: PGlite) => Promise<T>): Promise<T> => {
      const db = await PGlite.create(join(dir, "data"));
      try {
        return await fn(db);
      } finally {
        await db.close();
      }
    };
    return {
      url: "pglite:///data",
      query: (dir, sql) => withDb(dir, async (db) => (await db.query<Record<string, unknown>>(sql)).rows),
      queries: (dir, sqls) =>
        withDb(dir, async (db) => {
          const out: (Rows | null)[] = [];
          for (const q of sqls) out.push(await db.query<Record<string, unknown>>(q).then((r) => r.rows, () => null));
          return out;
        }),
      catalog: (dir) =>
        withDb(dir, async (db) =>
          (
            await db.query<Record<string, unknown>>(
              "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2",
            )
          ).rows.map((r) => Object.values(r).join(" ")),
        ),
      drop: async () => {},
    };
  },
};
