import { randomBytes } from "node:crypto";
import pg from "pg";

const ADMIN = { host: "127.0.0.1", port: 5432, user: "postgres", database: "postgres" };

/** A fresh, uniquely named PostgreSQL database, so test files can run in parallel. */
export async function createDatabase(prefix = "retort_test"): Promise<{ name: string; url: string; drop(): Promise<void>; query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client(ADMIN);
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const client = new pg.Client({ ...ADMIN, database: name });
  await client.connect();
  return {
    name,
    url: `postgresql://postgres@127.0.0.1:5432/${name}`,
    query: async (sql, params) => (await client.query(sql, params)).rows,
    drop: async () => {
      await client.end();
      const a = new pg.Client(ADMIN);
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
