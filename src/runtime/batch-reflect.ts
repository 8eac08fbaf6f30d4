/** Online batch move-and-copy without copyFrom: the existing table, read from the live database. */
import type { Table } from "../schema/table.js";
import { fail } from "../util/errors.js";
import type { BatchAlterTableOptions } from "../operations/ops/batch-ops.js";
import type { MigrationRun } from "../operations/op-context.js";

export async function reflectForBatch(run: MigrationRun, tableName: string, o: BatchAlterTableOptions): Promise<Table> {
  const conn = run.connection ?? fail(`batch mode needs a live connection to reflect the table "${tableName}"`);
  const reflect = run.dialect.reflectTable
    ?? fail(`batch mode's move and copy needs the table "${tableName}" reflected, which the ${run.dialect.name} dialect cannot do yet; pass copyFrom`);
  return reflect(conn, tableName, o.schema ?? null, { namingConvention: o.namingConvention ?? null, reflectArgs: o.reflectArgs ?? [] });
}
