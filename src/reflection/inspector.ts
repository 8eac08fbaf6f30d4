/**
 * `sa.inspect(bind)`: SQLAlchemy's Inspector with its methods in camelCase. Each method reads
 * the live schema when called (so it is async, as the contract allows for what queries) and
 * answers with SQLAlchemy's dicts, keys verbatim. Through `op.getBind()` it reads in turn with
 * the migration's statements, so it sees the tables its earlier operations made.
 */
import { REFLECT, type ReflectBind, type Reflector } from "../schema/bind.js";
import type { ReflectedEnum } from "../dialects/dialect.js";
import { fail } from "../util/errors.js";
import { describeValue } from "../util/describe-value.js";
import { inspectedFromTable } from "./derive.js";
import type {
  InspectedCheck, InspectedColumn, InspectedForeignKey, InspectedIndex, InspectedPrimaryKey, InspectedTable, InspectedUnique,
} from "./inspected.js";

export interface SchemaOption { readonly schema?: string | null }

export interface Inspector {
  /** SQLAlchemy's default_schema_name (a property there; here it must be read, so it is a promise). */
  readonly defaultSchemaName: Promise<string | null>;
  getSchemaNames(): Promise<string[]>;
  getTableNames(o?: SchemaOption): Promise<string[]>;
  hasTable(tableName: string, o?: SchemaOption): Promise<boolean>;
  getColumns(tableName: string, o?: SchemaOption): Promise<InspectedColumn[]>;
  getPkConstraint(tableName: string, o?: SchemaOption): Promise<InspectedPrimaryKey>;
  getForeignKeys(tableName: string, o?: SchemaOption): Promise<InspectedForeignKey[]>;
  getIndexes(tableName: string, o?: SchemaOption): Promise<InspectedIndex[]>;
  getUniqueConstraints(tableName: string, o?: SchemaOption): Promise<InspectedUnique[]>;
  getCheckConstraints(tableName: string, o?: SchemaOption): Promise<InspectedCheck[]>;
  getTableComment(tableName: string, o?: SchemaOption): Promise<{ text: string | null }>;
  getTableOptions(tableName: string, o?: SchemaOption): Promise<Record<string, unknown>>;
  /** The database's named enum types (Inspector.get_enums where the dialect has it); empty where there are none. */
  getEnums(o?: SchemaOption): Promise<{ name: string; schema: string | null; labels: string[] }[]>;
}

export function isReflectBind(x: unknown): x is ReflectBind {
  return typeof x === "object" && x !== null && (x as Partial<ReflectBind>)[REFLECT] !== undefined;
}

/** The Reflector of a bind, or a clear failure naming the call. */
export function reflectorOf(caller: string, bind: unknown): Reflector {
  if (!isReflectBind(bind)) {
    return fail(`${caller}: expected a connection (op.getBind(), or the connection env.ts is given), got ${describeValue(bind)}`);
  }
  return bind[REFLECT];
}

const schemaOf = (o: SchemaOption | undefined) => o?.schema ?? null;

export function inspect(bind: ReflectBind): Inspector {
  const reflector = reflectorOf("sa.inspect", bind);
  const call = (method: string) => `sa.inspect(bind).${method}`;
  const tables = async (method: string, schema: string | null, only?: readonly string[]) => {
    const got = await reflector.reflect(call(method), { schemas: [schema], ...(only === undefined ? {} : { tables: only }) });
    return { inspected: got.inspected ?? got.metadata.sortedTables.map(inspectedFromTable), enums: got.enums };
  };
  /** One table's dicts; SQLAlchemy's NoSuchTableError (whose message is the name) when there is none. */
  const one = async (method: string, name: string, o?: SchemaOption): Promise<InspectedTable> => {
    if (typeof name !== "string") fail(`${call(method)}: tableName must be a table name (a string), got ${describeValue(name)}`);
    const found = (await tables(method, schemaOf(o), [name])).inspected.find((t) => t.name === name);
    return found ?? fail(`${call(method)}: NoSuchTableError: ${o?.schema ? `${o.schema}.` : ""}${name}`);
  };
  let defaultName: Promise<string | null> | null = null;
  return Object.freeze({
    get defaultSchemaName() {
      defaultName ??= reflector.defaultSchemaName(call("defaultSchemaName"));
      return defaultName;
    },
    getSchemaNames: () => reflector.schemaNames(call("getSchemaNames")),
    getTableNames: async (o?: SchemaOption) => (await tables("getTableNames", schemaOf(o))).inspected.map((t) => t.name),
    hasTable: (name: string, o?: SchemaOption) => {
      if (typeof name !== "string") fail(`${call("hasTable")}: tableName must be a table name (a string), got ${describeValue(name)}`);
      return reflector.hasTable(call("hasTable"), name, schemaOf(o));
    },
    getColumns: async (name: string, o?: SchemaOption) => [...(await one("getColumns", name, o)).columns],
    getPkConstraint: async (name: string, o?: SchemaOption) => (await one("getPkConstraint", name, o)).pk_constraint,
    getForeignKeys: async (name: string, o?: SchemaOption) => [...(await one("getForeignKeys", name, o)).foreign_keys],
    getIndexes: async (name: string, o?: SchemaOption) => [...(await one("getIndexes", name, o)).indexes],
    getUniqueConstraints: async (name: string, o?: SchemaOption) => [...(await one("getUniqueConstraints", name, o)).unique_constraints],
    getCheckConstraints: async (name: string, o?: SchemaOption) => [...(await one("getCheckConstraints", name, o)).check_constraints],
    getTableComment: async (name: string, o?: SchemaOption) => ({ text: (await one("getTableComment", name, o)).comment }),
    getTableOptions: async (name: string, o?: SchemaOption) => ({ ...(await one("getTableOptions", name, o)).options }),
    getEnums: async (o?: SchemaOption) => (await tables("getEnums", schemaOf(o))).enums.map((e: ReflectedEnum) => ({ name: e.name, schema: e.schema, labels: [...e.labels] })),
  });
}
