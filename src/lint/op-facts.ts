/** Small, dialect-neutral facts about ops that several rules ask. */
import type { Op } from "../operations/handlers.js";
import type { Column } from "../schema/column.js";
import { isKind } from "../schema/item.js";
import { nameText } from "../schema/naming-name.js";

export interface TableName {
  readonly name: string;
  readonly schema: string | null;
}

/** The table an op changes, if it changes one. */
export function tableOf(op: Op): TableName | null {
  switch (op.kind) {
    case "createTable":
      return { name: op.tableName, schema: (op.options as { schema?: string | null }).schema ?? null };
    case "renameTable":
      return { name: op.oldTableName, schema: op.schema };
    case "createForeignKey":
      return { name: op.sourceTable, schema: op.options.sourceSchema ?? null };
    case "createExcludeConstraint":
      return { name: op.tableName, schema: op.options.schema ?? null };
    case "dropIndex":
      return op.tableName === null ? null : { name: op.tableName, schema: op.schema };
    case "execute":
    case "bulkInsert":
      return null;
    default:
      return { name: op.tableName, schema: op.schema };
  }
}

export const qualified = (t: TableName): string => (t.schema === null ? t.name : `${t.schema}.${t.name}`);

/** The columns a createTable op declares. */
export function columnsOf(op: Op): readonly Column[] {
  if (op.kind === "createTable") return op.items.filter((i): i is Column => isKind(i, "column"));
  if (op.kind === "addColumn") return [op.column];
  return [];
}

/** A name as the user wrote it, or "(unnamed)". */
export const shownName = (n: Parameters<typeof nameText>[0]): string => nameText(n) ?? "(unnamed)";

/** The SQL text of an op.execute() when it is plain text (a string or sa.text()). */
export function executeText(op: Op): string | null {
  if (op.kind !== "execute") return null;
  const t = op.sqltext;
  if (typeof t === "string") return t;
  if (isKind(t, "text")) return (t as unknown as { text: string }).text;
  return null;
}
