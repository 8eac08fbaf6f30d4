/**
 * Autogenerate's entry points (Alembic's alembic.autogenerate): compareMetadata (the differences
 * as diff tuples), produceMigrations (upgrade and downgrade ops), and the rendering of both into a
 * revision's bodies.
 */
import type { BoundConnection, Connection, Dialect } from "../dialects/dialect.js";
import type { MetaData } from "../schema/table.js";
import type { MigrationContext } from "../runtime/migration-context.js";
import { fail } from "../util/errors.js";
import { phaseMark } from "../util/phase-mark.js";
import { compareTables } from "./compare/tables.js";
import { compareEnums } from "./compare/enums.js";
import { includeName, type AutogenContext } from "./compare/context.js";
import { diffTuples, type DiffTuple } from "./diff.js";
import { flattenOps, type AutogenItem, type MigrationScriptOps } from "./migration-ops.js";
import { autogenOptions, type AutogenOptions } from "./options.js";
import { renderBody } from "./render/body.js";
import { reverseItems } from "./reverse.js";

/** Compare the live database of `conn` with the options' target metadata. */
export async function produceOps(dialect: Dialect, conn: Connection, options: AutogenOptions, info: (m: string) => void): Promise<{ ops: MigrationScriptOps; queries: number }> {
  const reflect = dialect.reflectSchema ?? fail(`autogenerate needs the ${dialect.name} dialect to reflect the database, which this version cannot do yet`);
  const ctx: AutogenContext = { dialect, compiler: dialect.compiler({ offline: false }), options, info };
  const schemas = await schemasOf(dialect, conn, options, ctx);
  phaseMark("reflect");
  const reflected = await reflect.call(dialect, conn, { schemas });
  phaseMark("compare");
  const tableItems = compareTables(ctx, reflected.metadata, schemas);
  let upgradeOps: AutogenItem[] = tableItems;
  if (dialect.enumTypeChange !== undefined) {
    const dropped = new Set(tableItems.flatMap((i) => (i.kind === "dropTable" && i.table !== undefined ? [i.table] : [])));
    const metaTables = options.targetMetadata.flatMap((m) => m.sortedTables).filter((t) => schemas.includes(t.schema));
    const { before, after } = compareEnums(ctx, reflected.enums, reflected.metadata, metaTables, dropped);
    upgradeOps = [...before, ...tableItems, ...after];
  }
  const ops = { upgradeOps, downgradeOps: reverseItems(upgradeOps) };
  phaseMark("compared");
  return { ops, queries: reflected.queries };
}

/**
 * Alembic's _produce_net_changes: without includeSchemas the default schema only; with it, every
 * schema of the database but information_schema (the default one as null), or where the dialect
 * cannot list them, those the metadata names. Then includeName(name, "schema", {}) filters them.
 */
async function schemasOf(dialect: Dialect, conn: Connection, o: AutogenOptions, ctx: AutogenContext): Promise<(string | null)[]> {
  let schemas: (string | null)[] = [null];
  if (o.includeSchemas) {
    if (dialect.schemaNames !== undefined) {
      const dflt = (await dialect.defaultSchemaName?.(conn)) ?? null;
      schemas = [null, ...(await dialect.schemaNames(conn)).filter((s) => s !== "information_schema" && s !== dflt)];
    } else {
      const named = new Set(o.targetMetadata.flatMap((m) => m.sortedTables.map((t) => t.schema)));
      schemas = [null, ...[...named].filter((s): s is string => s !== null).sort()];
    }
  }
  return schemas.filter((s) => includeName(ctx, s, "schema", {}));
}

function contextParts(context: MigrationContext): { conn: BoundConnection; options: AutogenOptions } {
  const conn = context.connection ?? fail("autogenerate can't use as_sql=True as it prints out SQL scripts. Use a connection.");
  return { conn, options: autogenOptions(context.opts, context.versionTableName) };
}

/** Alembic's compare_metadata(context, metadata): the differences, as diff tuples. */
export async function compareMetadata(context: MigrationContext, metadata: MetaData | readonly MetaData[]): Promise<DiffTuple[]> {
  const { conn, options } = contextParts(context);
  const list = Array.isArray(metadata) ? metadata : [metadata];
  const { ops } = await produceOps(context.dialect, conn, { ...options, targetMetadata: list as MetaData[] }, () => {});
  return diffTuples(ops.upgradeOps);
}

/** Alembic's produce_migrations(context, metadata): the upgrade and downgrade operations. */
export async function produceMigrations(context: MigrationContext, metadata: MetaData | readonly MetaData[]): Promise<MigrationScriptOps> {
  const { conn, options } = contextParts(context);
  const list = Array.isArray(metadata) ? metadata : [metadata];
  return (await produceOps(context.dialect, conn, { ...options, targetMetadata: list as MetaData[] }, () => {})).ops;
}

export { renderBody, flattenOps, diffTuples, type AutogenItem };
