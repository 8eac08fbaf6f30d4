/**
 * The Reflector a bind offers (see schema/bind.ts REFLECT), over whatever gives it a live
 * connection: a migration's queue (in turn with its statements) or an env script's connection.
 */
import type { Connection, Dialect, ReflectedSchema } from "../dialects/dialect.js";
import { MetaData } from "../schema/table.js";
import { copyTable } from "../schema/table-reflect.js";
import type { Reflector } from "../schema/bind.js";
import { fail } from "../util/errors.js";

/** Runs `fn` with the connection and dialect, or fails for `caller` (offline: there is none). */
export type WithConnection = <T>(caller: string, fn: (conn: Connection, dialect: Dialect) => Promise<T>) => Promise<T>;

export function makeReflector(withConnection: WithConnection): Reflector {
  const reflector: Reflector = {
    reflect: (caller, o) => withConnection(caller, (conn, dialect) => {
      if (dialect.reflectSchema) return dialect.reflectSchema(conn, o);
      // Named tables can still be read one by one where the dialect reads one (for batch mode).
      if (dialect.reflectTable && o.tables !== undefined) return tableByTable(conn, dialect, o.schemas, o.tables);
      return fail(`${caller}: reading a whole schema is not available on ${dialect.name} yet; name the tables to read`);
    }),
    hasTable: (caller, name, schema) => withConnection(caller, (conn, dialect) => dialect.hasTable(conn, name, schema)),
    defaultSchemaName: (caller) => withConnection(caller, async (conn, dialect) => (dialect.defaultSchemaName ? dialect.defaultSchemaName(conn) : null)),
    schemaNames: (caller) => withConnection(caller, async (conn, dialect) => (dialect.schemaNames ? dialect.schemaNames(conn) : [])),
  };
  return Object.freeze(reflector);
}

/** Each named table that exists, read with Dialect.reflectTable: a few queries per table. */
async function tableByTable(conn: Connection, dialect: Dialect, schemas: readonly (string | null)[], tables: readonly string[]): Promise<ReflectedSchema> {
  let queries = 0;
  const counting: Connection = { query: (sql, params) => (queries++, conn.query(sql, params)), close: () => conn.close() };
  const metadata = MetaData();
  for (const schema of schemas) {
    for (const name of tables) {
      if (!(await dialect.hasTable(counting, name, schema))) continue;
      copyTable(await dialect.reflectTable!(counting, name, schema, { namingConvention: null }), metadata, []);
    }
  }
  return { metadata, enums: [], queries };
}

/** The message offline, where there is no database to read. */
export const offlineMessage = (caller: string) =>
  `${caller}: there is no database to read in offline mode (--sql); run it online, or guard it with context.isOfflineMode()`;
