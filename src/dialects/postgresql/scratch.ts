/**
 * A throwaway database on a PostgreSQL server for `retort test --url` and `retort lint --trace
 * --url`: created next to the URL's database, dropped (with any session left on it) afterwards.
 * An embedded URL needs none: the caller opens a new in-memory database instead.
 */
import { randomBytes } from "node:crypto";
import { withDatabase, type DbUrl } from "../../config/url.js";
import type { ConnectOptions, ScratchDatabase } from "../dialect.js";
import { connectPg } from "./driver-pg.js";
import { quoteIdentifier } from "./quoting.js";

async function onServer(url: DbUrl, o: ConnectOptions, sql: string): Promise<void> {
  const conn = await connectPg(url, o);
  try {
    await conn.query(sql);
  } finally {
    await conn.close();
  }
}

export async function createScratchDatabase(url: DbUrl, o: ConnectOptions): Promise<ScratchDatabase> {
  const name = `retort_scratch_${randomBytes(6).toString("hex")}`;
  // The URL's own database may be absent; the maintenance database is always there.
  const admin = withDatabase(url, url.database ?? "postgres");
  await onServer(admin, o, `CREATE DATABASE ${quoteIdentifier(name)}`);
  return {
    url: withDatabase(url, name),
    drop: () => onServer(admin, { ...o, signal: undefined }, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  };
}
