import { randomBytes } from "node:crypto";
import mysql from "mysql2/promise";

/** Without IGNORE_SPACE, as the mariadb client and Retort's driver connect (mysql2 asks for it by default). */
const ADMIN = { host: "127.0.0.1", port: 3306, user: "root", flags: "-IGNORE_SPACE" };

export interface MariadbDatabase {
  readonly name: string;
  /** `mysql://root@127.0.0.1:3306/<name>`. */
  readonly url: string;
  query(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** The tables and their columns as information_schema says them, in a stated order. */
  schema(): Promise<{ tables: string[]; columns: string[][] }>;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database on the MariaDB server, so test files can run in parallel. */
export async function createDatabase(prefix = "retort_my"): Promise<MariadbDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = await mysql.createConnection(ADMIN);
  await admin.query(`CREATE DATABASE \`${name}\``);
  await admin.end();
  const client = await mysql.createConnection({ ...ADMIN, database: name });
  const query = async (sql: string, params?: unknown[]) => (await client.query(sql, params))[0] as Record<string, unknown>[];
  return {
    name,
    url: `mysql://root@127.0.0.1:3306/${name}`,
    query,
    schema: async () => {
      const tables = await query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name", [name]);
      const columns = await query(
        "SELECT table_name, column_name, column_type, is_nullable, column_key, extra FROM information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position",
        [name],
      );
      return {
        tables: tables.map((r) => String(r["t"])),
        columns: columns.map((r) => ["table_name", "column_name", "column_type", "is_nullable", "column_key", "extra"].map((k) => String(r[k] ?? r[k.toUpperCase()]))),
      };
    },
    drop: async () => {
      await client.end();
      const a = await mysql.createConnection(ADMIN);
      await a.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await a.end();
    },
  };
}
