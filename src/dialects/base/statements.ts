/**
 * The statements an op becomes. A dialect impl maps ops to these; a dialect compiler prints
 * each one. They mirror Alembic's DDL elements (alembic/ddl/base.py) and SQLAlchemy's
 * CreateTable / CreateIndex / DropTable...
 */
import type { Column, ServerDefault } from "../../schema/column.js";
import type { Constraint, Index } from "../../schema/constraints.js";
import type { DmlStatement } from "../../schema/dml.js";
import type { TextClause } from "../../schema/expressions.js";
import type { Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";
import type { Identity, Sequence } from "../../schema/sequence.js";

export interface TableRef {
  readonly name: string;
  readonly schema: string | null;
}

export type Statement =
  | { readonly kind: "createTable"; readonly table: Table }
  | { readonly kind: "dropTable"; readonly table: TableRef; readonly ifExists: boolean }
  | { readonly kind: "renameTable"; readonly table: TableRef; readonly newName: string }
  | { readonly kind: "addColumn"; readonly table: Table; readonly column: Column; readonly ifNotExists: boolean }
  | { readonly kind: "dropColumn"; readonly table: TableRef; readonly columnName: string }
  | { readonly kind: "alterColumnNullable"; readonly table: TableRef; readonly columnName: string; readonly nullable: boolean }
  | { readonly kind: "alterColumnType"; readonly table: TableRef; readonly columnName: string; readonly type: SqlType; readonly using: string | null }
  | { readonly kind: "alterColumnDefault"; readonly table: TableRef; readonly columnName: string; readonly default: ServerDefault | null }
  | { readonly kind: "alterColumnIdentity"; readonly table: TableRef; readonly columnName: string; readonly identity: Identity | null; readonly existing: Identity | null | false }
  | { readonly kind: "renameColumn"; readonly table: TableRef; readonly columnName: string; readonly newName: string }
  | RestateColumn
  | { readonly kind: "columnComment"; readonly table: TableRef; readonly columnName: string; readonly comment: string | null }
  | { readonly kind: "tableComment"; readonly table: TableRef; readonly comment: string | null }
  | { readonly kind: "createIndex"; readonly table: Table; readonly index: Index; readonly ifNotExists: boolean }
  | { readonly kind: "dropIndex"; readonly table: Table | null; readonly index: Index; readonly ifExists: boolean }
  | { readonly kind: "addConstraint"; readonly table: Table; readonly constraint: Constraint }
  | { readonly kind: "dropConstraint"; readonly table: TableRef; readonly name: string; readonly type: string | null; readonly cascade: boolean }
  | { readonly kind: "createEnum"; readonly type: SqlType }
  | { readonly kind: "dropEnum"; readonly type: SqlType }
  | { readonly kind: "createSequence"; readonly sequence: Sequence }
  | { readonly kind: "dropSequence"; readonly sequence: Sequence }
  | { readonly kind: "text"; readonly sql: TextClause }
  | { readonly kind: "raw"; readonly sql: string }
  | { readonly kind: "dml"; readonly stmt: DmlStatement }
  | { readonly kind: "insertFromSelect"; readonly table: TableRef; readonly columns: readonly string[]; readonly source: TableRef; readonly select: readonly SelectColumn[] };

/**
 * A column altered by stating it whole, as MySQL's MODIFY (same name) and CHANGE (a new name)
 * do: every attribute the column keeps is said again, or it is lost.
 */
export interface RestateColumn {
  readonly kind: "restateColumn";
  readonly table: TableRef;
  readonly columnName: string;
  /** Null keeps the name (MODIFY); else the name it takes (CHANGE, which may repeat the old one). */
  readonly newName: string | null;
  readonly type: SqlType;
  readonly nullable: boolean;
  readonly default: ServerDefault | null;
  readonly autoincrement: boolean;
  readonly comment: string | null;
}

/** One column of batch mode's INSERT ... SELECT: a source column, cast (innermost first) at each change of type affinity. */
export interface SelectColumn {
  readonly column: string;
  readonly casts: readonly SqlType[];
}

export type StatementOf<K extends Statement["kind"]> = Extract<Statement, { kind: K }>;
