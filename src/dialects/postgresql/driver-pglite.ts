import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { DbUrl } from "../../config/url.js";
import type { Connection } from "../dialect.js";
import { fail } from "../../util/errors.js";

/** Embedded PostgreSQL in WebAssembly: a data folder (SQLite's path rule) or memory. */
export async function connectPglite(url: DbUrl): Promise<Connection> {
  const { PGlite } = await import("@electric-sql/pglite");
  let dataDir: string | undefined;
  if (url.database !== null) {
    dataDir = resolve(url.database);
    mkdirSync(dataDir, { recursive: true });
  }
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(dataDir);
  } catch (err) {
    fail(`Could not open the embedded database at ${dataDir ?? "memory"}: ${(err as Error).message ?? String(err)}`, err);
  }
  return {
    query: async (sql, params) => {
      if (params && params.length > 0) {
        const r = await db.query<Record<string, unknown>>(sql, [...params]);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
      }
      // exec() accepts several statements in one text, as op.execute strings may hold.
      const results = await db.exec(sql);
      const last = results[results.length - 1];
      return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
    close: () => db.close(),
  };
}
