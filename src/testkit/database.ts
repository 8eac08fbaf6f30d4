/**
 * A new, empty database for one test of the kit: in memory for an embedded URL (PGlite, SQLite),
 * else a scratch database the dialect creates on the server and drops afterwards. The user's
 * own database is never touched.
 */
import { withDatabase, type DbUrl } from "../config/url.js";
import type { BoundConnection, Dialect } from "../dialects/dialect.js";
import { loadDialect } from "../dialects/registry.js";
import { bindConnection } from "../runtime/engine.js";
import { fail } from "../util/errors.js";

export interface FreshDatabase {
  readonly connection: BoundConnection;
  readonly dialect: Dialect;
  close(): Promise<void>;
}

const CONNECT = { lockTimeoutMs: 0, onWait: () => {} } as const;

export async function openFreshDatabase(url: DbUrl): Promise<FreshDatabase> {
  const loaded = await loadDialect(url);
  let target = url;
  let drop = async (): Promise<void> => {};
  if (url.host === null) {
    target = withDatabase(url, null);
  } else {
    const create = loaded.createScratchDatabase ?? fail(`retort test on ${url.toString()}: the ${loaded.name} dialect cannot create a scratch database`);
    const scratch = await create(url, CONNECT);
    target = scratch.url;
    drop = () => scratch.drop();
  }
  let raw;
  try {
    raw = await loaded.connect(target, CONNECT);
  } catch (err) {
    await drop();
    throw err;
  }
  const dialect = loaded.initialize === undefined ? loaded : await loaded.initialize(raw);
  const connection = bindConnection(raw, dialect, target);
  return {
    connection,
    dialect,
    close: async () => {
      try {
        await connection.close();
      } finally {
        await drop();
      }
    },
  };
}
