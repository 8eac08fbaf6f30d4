/**
 * Dialect.reflectSchema for PostgreSQL (and PGlite): every table of the asked schemas, and their
 * enum types, in the fixed set of catalog queries of reflect-catalog.ts; from the same rows, each
 * table's sa.Table (reflect-build.ts) and, when first asked for, its Inspector dicts (reflect-inspect.ts).
 */
import type { Connection, ReflectedEnum, ReflectedSchema, ReflectSchemaOptions } from "../dialect.js";
import type { InspectedTable } from "../../reflection/inspected.js";
import { MetaData } from "../../schema/table.js";
import { buildReflectedTable } from "./reflect-build.js";
import { readCatalog, schemaSelector } from "./reflect-catalog.js";
import { inspectTable } from "./reflect-inspect.js";
import { phaseMark } from "../../util/phase-mark.js";

export async function reflectSchema(conn: Connection, o: ReflectSchemaOptions): Promise<ReflectedSchema> {
  const catalog = await readCatalog(conn, schemaSelector(o.schemas, o.tables));
  phaseMark("catalog-read");
  const md = MetaData(o.namingConvention == null ? {} : { namingConvention: o.namingConvention });
  const named = new Set(o.schemas.filter((s): s is string => s !== null));
  const wantsDefault = o.schemas.includes(null);
  // A table of the current schema is reflected without a schema when the default schema was asked for.
  const schemaOf = (nspname: string, current: string): string | null =>
    named.has(nspname) ? nspname : wantsDefault && nspname === current ? null : nspname;
  const current = catalog.current ?? (await currentSchema(conn));
  for (const t of catalog.tables) buildReflectedTable(catalog, t, md, schemaOf(t.schema, current));
  const enums: ReflectedEnum[] = [...catalog.enums.values()]
    .filter((e) => named.has(e.schema) || (wantsDefault && e.schema === current))
    .map((e) => ({ name: e.name, schema: schemaOf(e.schema, current), labels: e.labels }));
  // The Inspector dicts only sa.inspect(bind) asks for (autogenerate never does): built on first read.
  let inspected: readonly InspectedTable[] | undefined;
  return {
    metadata: md, enums, queries: catalog.queries + (catalog.current === null ? 1 : 0),
    get inspected() {
      return (inspected ??= catalog.tables.map((t) => inspectTable(catalog, t, schemaOf(t.schema, current))));
    },
  };
}

async function currentSchema(conn: Connection): Promise<string> {
  return String((await conn.query("SELECT current_schema() AS s")).rows[0]?.["s"] ?? "public");
}
