/**
 * SQLite tables read back as sa.Table objects: the whole schema for MetaData.reflect(),
 * autogenerate and sa.inspect() (five catalog queries, whatever the number of tables), and one
 * table for batch move and copy online without copyFrom, as Alembic's batch mode reflects it.
 */
import type { Connection, ReflectOptions, ReflectSchemaOptions, ReflectedSchema } from "../dialect.js";
import type { InspectedColumn, InspectedTable } from "../../reflection/inspected.js";
import { tableFromInspected } from "../../reflection/build-table.js";
import { isKind } from "../../schema/item.js";
import type { Column } from "../../schema/column.js";
import { MetaData, type Table } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import { readCatalog, type RawTable } from "./catalog.js";
import { inspectTable, primaryKeyOf } from "./inspect-table.js";

/**
 * The inspected tables of one schema (null: main), or only `only`. A foreign key that names no
 * column refers to its table's primary key: a table outside `only` is read for it.
 */
export async function inspectTables(conn: Connection, schema: string | null, only: readonly string[] | null):
  Promise<{ tables: InspectedTable[]; queries: number }> {
  const catalog = await readCatalog(conn, schema ?? "main", only);
  let queries = catalog.queries;
  const raw = new Map(catalog.tables.map((t) => [t.name, t]));
  const missing = [...new Set(catalog.tables.flatMap((t) => t.foreignKeys)
    .filter((r) => (r["to"] === null || r["to"] === "") && !raw.has(String(r["table"])))
    .map((r) => String(r["table"])))];
  const referred = new Map<string, RawTable>();
  if (missing.length > 0) {
    const more = await readCatalog(conn, schema ?? "main", missing);
    queries += more.queries;
    for (const t of more.tables) referred.set(t.name, t);
  }
  const pkOf = (name: string) => {
    const t = raw.get(name) ?? referred.get(name);
    return t === undefined ? [] : primaryKeyOf(t).constrained_columns;
  };
  return { tables: catalog.tables.map((t) => inspectTable(t, schema, pkOf)), queries };
}

/** Dialect.reflectSchema: every table of each schema asked for. */
export async function reflectSchema(conn: Connection, o: ReflectSchemaOptions): Promise<ReflectedSchema> {
  const metadata = MetaData(o.namingConvention ? { namingConvention: o.namingConvention } : {});
  let queries = 0;
  const inspected: InspectedTable[] = [];
  for (const schema of o.schemas) {
    const read = await inspectTables(conn, schema, o.tables ?? null);
    queries += read.queries;
    inspected.push(...read.tables);
  }
  for (const t of inspected) tableFromInspected(t, metadata);
  return { metadata, enums: [], queries, inspected };
}

/**
 * A stored default as CREATE TABLE takes it: SQLite gives `1 + 1` for `DEFAULT (1 + 1)`, so
 * Alembic's column_reflect hook (SQLiteImpl.autogen_column_reflect, which batch reflection
 * runs) parenthesizes what is not one character, a quoted string or already parenthesized.
 */
function alembicColumnReflect(c: InspectedColumn): InspectedColumn {
  if (c.default === null) return c;
  const bare = /^[0-9.]$/.test(c.default) || /^'.+'$/.test(c.default) || /^\(.+\)$/.test(c.default);
  return bare ? c : { ...c, default: `(${c.default})` };
}

/**
 * `Table(name, MetaData(naming_convention=...), *reflect_args, autoload_with=conn)` as batch
 * mode builds it: in the schema given, else main, then temp (SQLAlchemy's _get_table_pragma).
 */
export async function reflectTable(conn: Connection, name: string, schema: string | null, o: ReflectOptions): Promise<Table> {
  let found: InspectedTable | undefined;
  for (const s of schema === null ? [null, "temp"] : [schema]) {
    found = (await inspectTables(conn, s, [name])).tables[0];
    if (found !== undefined) break;
  }
  // SQLAlchemy's NoSuchTableError, whose message is the table name.
  if (found === undefined) return fail(schema === null ? name : `${schema}.${name}`);
  // The temp schema is where SQLite found it, not a schema the table names.
  if (found.schema === "temp" && schema === null) found = { ...found, schema: null, foreign_keys: found.foreign_keys.map((f) => ({ ...f, referred_schema: null })) };
  const overrides = (o.reflectArgs ?? []).filter((a): a is Column => isKind(a, "column"));
  const md = MetaData(o.namingConvention === null ? {} : { namingConvention: o.namingConvention });
  return tableFromInspected(found, md, { columnReflect: alembicColumnReflect, overrides });
}
