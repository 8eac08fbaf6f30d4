/**
 * The schema objects' side of reflection: `metadata.reflect(bind)` and `sa.Table(name, metadata,
 * { autoloadWith: bind })` ask the bind to read the live schema (see bind.ts REFLECT) and copy
 * the tables it read into the user's MetaData.
 */
import { REFLECT, type ReflectBind } from "./bind.js";
import { isKind } from "./item.js";
import type { Column } from "./column.js";
import { buildTable, tableKey, type AutoloadTableOptions, type MetaData, type ReflectOptions, type Table, type TableItem, type TableOptions } from "./table.js";
import { fail } from "../util/errors.js";
import { expectArg } from "../util/expect-arg.js";

/** metadata.reflect(): the tables read, copied into `md` (SQLAlchemy fails first on a name in `only` that is not there). */
export async function reflectInto(md: MetaData, bind: ReflectBind, o: ReflectOptions): Promise<void> {
  const caller = "metadata.reflect";
  expectArg(caller, "bind", "a connection (op.getBind(), or the connection env.ts is given)", typeof bind === "object" && bind !== null && REFLECT in bind, bind);
  const schema = o.schema !== undefined ? o.schema : md.schema;
  const only = o.only ?? undefined;
  const got = await bind[REFLECT].reflect(caller, { schemas: [schema], ...(only === undefined ? {} : { tables: only }) });
  const found = new Set(got.metadata.sortedTables.map((t) => t.name));
  const missing = (only ?? []).filter((n) => !found.has(n));
  if (missing.length > 0) fail(`${caller}: Could not reflect: requested table(s) not available in the database${schema === null ? "" : ` (schema '${schema}')`}: (${missing.join(", ")})`);
  for (const t of got.metadata.sortedTables) {
    if (md.tables.has(tableKey(t.name, t.schema)) && o.extendExisting !== true) continue; // SQLAlchemy keeps what is there
    copyTable(t, md, []);
  }
}

/**
 * A reflected table in another MetaData, with `given` items (sa.Table's own columns and
 * constraints beside autoloadWith): a given column replaces the reflected one of its name.
 */
export function copyTable(t: Table, md: MetaData, given: readonly TableItem[], o: TableOptions = {}): Table {
  const givenColumns = new Map(given.filter((i): i is Column => isKind(i, "column")).map((c) => [c.name ?? c.key, c]));
  const columns = t.columns.map((c) => givenColumns.get(c.name ?? c.key) ?? c);
  const reflectedNames = new Set(t.columns.map((c) => c.name ?? c.key));
  const added = [...givenColumns.values()].filter((c) => !reflectedNames.has(c.name ?? c.key));
  const items: TableItem[] = [
    ...columns, ...added, ...(t.primaryKeyImplicit ? [] : [t.primaryKey]), ...t.constraints, ...t.indexes,
    ...given.filter((i) => !isKind(i, "column")),
  ];
  return buildTable(t.name, md, items, { schema: t.schema, ...(t.comment === null ? {} : { comment: t.comment }), ...t.dialectOptions, ...o });
}

/** `sa.Table(name, metadata, ...items, { autoloadWith: bind })`: the table as the database has it, items given replacing. */
export async function autoload(name: string, metadata: MetaData, items: readonly TableItem[], o: AutoloadTableOptions): Promise<Table> {
  const caller = `sa.Table("${name}", metadata, { autoloadWith })`;
  const bind = o.autoloadWith;
  expectArg("sa.Table", "autoloadWith", "a connection (op.getBind(), or the connection env.ts is given)", typeof bind === "object" && bind !== null && REFLECT in bind, bind);
  const { autoloadWith: _bind, ...rest } = o;
  const schema = rest.schema !== undefined ? rest.schema : metadata.schema;
  const got = await bind[REFLECT].reflect(caller, { schemas: [schema], tables: [name] });
  // SQLAlchemy's NoSuchTableError, whose message is the table name.
  const found = got.metadata.sortedTables.find((t) => t.name === name) ?? fail(`${caller}: NoSuchTableError: ${schema === null ? "" : `${schema}.`}${name}`);
  return copyTable(found, metadata, items, rest);
}

