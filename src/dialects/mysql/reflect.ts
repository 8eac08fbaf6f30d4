/**
 * MySQL / MariaDB tables read back as sa.Table objects: the whole schema for MetaData.reflect(),
 * autogenerate and sa.inspect() in seven catalog queries, and one table for batch move and copy
 * online (`recreate: "always"` without copyFrom), as Alembic's batch mode reflects it.
 */
import type { Connection, ReflectOptions, ReflectSchemaOptions, ReflectedSchema } from "../dialect.js";
import type { InspectedTable } from "../../reflection/inspected.js";
import { tableFromInspected } from "../../reflection/build-table.js";
import type { Column } from "../../schema/column.js";
import { isKind } from "../../schema/item.js";
import { MetaData, type Table } from "../../schema/table.js";
import { fail } from "../../util/errors.js";
import { readCatalog } from "./catalog.js";
import { inspectTable } from "./inspect-table.js";
import type { MysqlServer } from "./server.js";

export async function inspectTables(conn: Connection, server: MysqlServer, schema: string | null, only: readonly string[] | null):
  Promise<{ tables: InspectedTable[]; queries: number }> {
  const catalog = await readCatalog(conn, server, schema, only);
  return { tables: catalog.tables.map((t) => inspectTable(t, schema, server)), queries: catalog.queries };
}

export function reflectorsFor(server: MysqlServer) {
  return {
    reflectSchema: async (conn: Connection, o: ReflectSchemaOptions): Promise<ReflectedSchema> => {
      const metadata = MetaData(o.namingConvention ? { namingConvention: o.namingConvention } : {});
      let queries = 0;
      const inspected: InspectedTable[] = [];
      for (const schema of o.schemas) {
        const read = await inspectTables(conn, server, schema, o.tables ?? null);
        queries += read.queries;
        inspected.push(...read.tables);
      }
      for (const t of inspected) tableFromInspected(t, metadata);
      return { metadata, enums: [], queries, inspected };
    },
    reflectTable: async (conn: Connection, name: string, schema: string | null, o: ReflectOptions): Promise<Table> => {
      const found = (await inspectTables(conn, server, schema, [name])).tables[0];
      // SQLAlchemy's NoSuchTableError, whose message is the table name.
      if (found === undefined) return fail(schema === null ? name : `${schema}.${name}`);
      const overrides = (o.reflectArgs ?? []).filter((a): a is Column => isKind(a, "column"));
      const md = MetaData(o.namingConvention === null ? {} : { namingConvention: o.namingConvention });
      return tableFromInspected(found, md, { overrides });
    },
  };
}
