/**
 * One table read back from PostgreSQL's catalog, for batch move-and-copy online without copyFrom:
 * the same reflection as the whole schema's (reflect-catalog.ts, reflect-build.ts), for one table.
 */
import type { Connection } from "../dialect.js";
import { MetaData, type NamingConvention, type Table } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import { buildReflectedTable } from "./reflect-build.js";
import { oneTableSelector, readCatalog } from "./reflect-catalog.js";

/**
 * `Table(name, MetaData(naming_convention=...), *reflect_args, autoload_with=conn)`: columns
 * given in reflect_args replace the reflected ones of the same name.
 */
export async function reflectTable(conn: Connection, name: string, schema: string | null,
  o: { readonly namingConvention: NamingConvention | null; readonly reflectArgs?: readonly unknown[] }): Promise<Table> {
  const catalog = await readCatalog(conn, oneTableSelector(name, schema));
  // SQLAlchemy's NoSuchTableError, whose message is the table name.
  const found = catalog.tables[0] ?? fail(schema === null ? name : `${schema}.${name}`);
  const md = MetaData(o.namingConvention === null ? {} : { namingConvention: o.namingConvention });
  return buildReflectedTable(catalog, found, md, schema, { reflectArgs: o.reflectArgs ?? [], withComment: false });
}
