/**
 * SQLite's compiler: SQLAlchemy 1.4's SQLiteDDLCompiler (AUTOINCREMENT, ON CONFLICT clauses,
 * foreign keys only within one schema, CREATE INDEX with the schema on the index name, WITHOUT
 * ROWID) and SQLiteCompiler's expressions (1/0 for true/false, CURRENT_TIMESTAMP for now()),
 * with Alembic's SQLite RENAME TO, over the generic compiler.
 */
import { DdlCompiler } from "../base/compiler.js";
import { isKind } from "../../schema/item.js";
import type { Column, ServerDefault } from "../../schema/column.js";
import type { CheckConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint } from "../../schema/constraints.js";
import type { FuncCall, SqlExpr } from "../../schema/expressions.js";
import type { Table } from "../../schema/table.js";
import { dialectType, type SqlType } from "../../schema/types.js";
import type { StatementOf, TableRef } from "../base/statements.js";
import { UnsupportedCompilationError } from "../base/compile-errors.js";
import { fail } from "../../util/errors.js";
import { sqliteQuoting } from "./quoting.js";
import { sqliteTypeSql } from "./types.js";
import { formatDate } from "./storage-format.js";
import { pyRepr } from "../base/literals.js";
import { genericTypeName } from "../../schema/type-string.js";
import type { DmlStatement } from "../../schema/dml.js";
import { withOnConflict } from "../base/on-conflict.js";

const DDL_COMPILER = "sqlalchemy.dialects.sqlite.base.SQLiteDDLCompiler";

/** Column.dialect_options["sqlite"][...] and friends: a string option or null. */
const option = (o: Readonly<Record<string, unknown>> | undefined, key: string): string | null => {
  const v = o?.[key];
  return typeof v === "string" ? v : null;
};

export class SqliteCompiler extends DdlCompiler {
  protected override readonly supportsAlter = false;
  protected override readonly supportsNativeBoolean = false;

  protected override readonly dialectClauses = ["onConflict"];

  /** Offline, ON CONFLICT's SET values print as named parameters, as Alembic's output has them. */
  constructor(private readonly offline = true) {
    // SQLite has no identifier length limit; SQLAlchemy's default dialect allows 9999.
    super(sqliteQuoting, 9999);
  }

  /** sqlite.insert(...).on_conflict_do_*() (or postgresql.insert's): the INSERT, then its ON CONFLICT clause. */
  override dml(s: DmlStatement): string {
    return withOnConflict(this, s, super.dml(s), this.offline);
  }

  /** SQLiteCompiler._on_conflict_target: the name as given, in brackets. */
  onConflictConstraint(name: string): string {
    return `(${name})`;
  }

  override dialectType(t: SqlType): SqlType {
    return dialectType(t, "sqlite");
  }

  override typeSql(t: SqlType): string {
    return sqliteTypeSql(t);
  }

  /** SQLiteCompiler.visit_true / visit_false; Boolean's literal processor uses them too. */
  override booleanLiteral(b: boolean): string {
    return b ? "1" : "0";
  }

  /** SQLiteCompiler.limit_clause: an OFFSET always, LIMIT -1 for none. */
  protected override limitClause(limit: number | null, offset: number | null): string {
    return `\n LIMIT ${limit ?? -1} OFFSET ${offset ?? 0}`;
  }

  /**
   * Dates and times have a literal processor here (_DateTimeMixin's, over the storage format),
   * which takes only date and datetime objects: anything else fails in it. Interval is a
   * DateTime on SQLite, whose processor takes no JavaScript value either.
   */
  override literal(value: unknown, type: SqlType | null): string {
    if (value === null || value === undefined) return "NULL";
    const t = type === null ? null : this.dialectType(type);
    const family = t?.family ?? (value instanceof Date ? "datetime" : null);
    if (family === "date" || family === "datetime" || family === "time" || family === "interval") {
      if (value instanceof Date && (family === "date" || family === "datetime")) return `'${formatDate(t ?? ({ family } as SqlType), value)}'`;
      const typeName = t === null ? "DATETIME" : genericTypeName(t);
      fail(`Could not render literal value "${pyRepr(value)}" with datatype ${typeName}; see parent stack trace for more detail.`);
    }
    return super.literal(value, type);
  }

  override expr(e: SqlExpr | string, includeTable = false): string {
    if (typeof e !== "string" && isKind(e, "func")) {
      const f = e as FuncCall;
      // SQLiteCompiler's visit_<name>_func, looked up by the function's name.
      switch (f.name.toLowerCase()) {
        case "now": return "CURRENT_TIMESTAMP";
        case "localtimestamp": return 'DATETIME(CURRENT_TIMESTAMP, "localtime")';
        case "char_length": return "length(" + f.args.map((a) => this.expr(a, includeTable)).join(", ") + ")";
        default: break;
      }
    }
    return super.expr(e, includeTable);
  }

  /** SQLiteDDLCompiler.get_column_specification. */
  override columnSpec(table: Table, column: Column): string {
    let spec = this.quote(column.name ?? column.key) + " " + this.typeSql(column.type);
    if (column.serverDefault !== null) {
      const d = this.serverDefault(column.serverDefault);
      // An expression (not a plain string, not a text()) is parenthesized, as SQLite requires.
      spec += " DEFAULT " + (isColumnElement(column.serverDefault) ? `(${d})` : d);
    }
    if (!column.nullable) {
      spec += " NOT NULL";
      const onConflict = option(column.dialectOptions, "sqliteOnConflictNotNull");
      if (onConflict !== null) spec += " ON CONFLICT " + onConflict;
    }
    if (column.primaryKey) {
      if (column.autoincrement === true && table.primaryKey.columns.length !== 1) {
        fail("SQLite does not support autoincrement for composite primary keys");
      }
      if (this.inlinePrimaryKey(table, column)) {
        spec += " PRIMARY KEY";
        const onConflict = option(column.dialectOptions, "sqliteOnConflictPrimaryKey");
        if (onConflict !== null) spec += " ON CONFLICT " + onConflict;
        spec += " AUTOINCREMENT";
      }
    }
    if (column.computed !== null) spec += " " + this.computed(column.computed);
    return spec;
  }

  /** sqlite_autoincrement: a lone integer primary key without foreign keys is declared on its column. */
  private inlinePrimaryKey(table: Table, column: Column): boolean {
    return table.dialectOptions["sqliteAutoincrement"] === true &&
      table.primaryKey.columns.length === 1 &&
      this.dialectType(column.type).family === "integer" &&
      !hasForeignKey(table, column);
  }

  override primaryKey(table: Table, c: PrimaryKeyConstraint): string {
    const only = c.columns.length === 1 ? table.c[c.columns[0] as string] : undefined;
    if (only !== undefined && only.primaryKey && this.inlinePrimaryKey(table, only)) return "";
    let text = super.primaryKey(table, c);
    const onConflict = option(c.dialectOptions, "sqliteOnConflict") ?? option(only?.dialectOptions, "sqliteOnConflictPrimaryKey");
    if (text !== "" && onConflict !== null) text += " ON CONFLICT " + onConflict;
    return text;
  }

  override unique(table: Table, c: UniqueConstraint): string {
    let text = super.unique(table, c);
    const only = c.columns.length === 1 ? table.c[c.columns[0] as string] : undefined;
    const onConflict = option(c.dialectOptions, "sqliteOnConflict") ?? option(only?.dialectOptions, "sqliteOnConflictUnique");
    if (text !== "" && onConflict !== null) text += " ON CONFLICT " + onConflict;
    return text;
  }

  override check(table: Table, c: CheckConstraint, inline: boolean): string {
    let text = super.check(table, c, inline);
    const onConflict = option(c.dialectOptions, "sqliteOnConflict");
    if (onConflict !== null) {
      if (inline) fail("SQLite does not support on conflict clause for column check constraint");
      text += " ON CONFLICT " + onConflict;
    }
    return text;
  }

  /** SQLite keeps a foreign key only to a table of the same schema (attached database). */
  override foreignKey(table: Table, c: ForeignKeyConstraint): string {
    if ((table.schema ?? null) !== (this.referredTableOf(table, c).schema ?? null)) return "";
    return super.foreignKey(table, c);
  }

  /** define_constraint_remote_table: the referred table without its schema. */
  override referredTableSql(target: TableRef): string {
    return this.quote(target.name);
  }

  /** visit_create_index: the schema goes on the index name; the table stands bare. */
  override createIndex(table: Table, index: Index, ifNotExists: boolean): string {
    let text = "CREATE ";
    if (index.unique) text += "UNIQUE ";
    text += "INDEX ";
    if (ifNotExists) text += "IF NOT EXISTS ";
    const sorting = (index.dialectOptions["_columnSorting"] ?? {}) as Readonly<Record<string, string>>;
    const elements = index.elements.map((e) => this.indexElement(table, e) + ("column" in e ? sorting[e.column] ?? "" : ""));
    text += `${this.indexName(table, index, true)} ON ${this.quote(table.name)} (${elements.join(", ")})`;
    const where = index.dialectOptions["sqliteWhere"];
    if (where !== undefined && where !== null) text += " WHERE " + this.expr(where as string | SqlExpr);
    return text;
  }

  override postCreateTable(table: Table): string {
    return table.dialectOptions["sqliteWithRowid"] === false ? "\n WITHOUT ROWID" : "";
  }

  /** Alembic's SQLite visit_rename_table: the new name never takes the schema. */
  override renameTable(s: StatementOf<"renameTable">): string {
    return `ALTER TABLE ${this.alembicTable(s.table)} RENAME TO ${this.alembicTable({ name: s.newName, schema: null })}`;
  }

  /** Alembic's ColumnComment has no SQLite compilation. */
  override columnComment(_s: StatementOf<"columnComment">): string {
    const element = "<class 'alembic.ddl.base.ColumnComment'>";
    throw new UnsupportedCompilationError(DDL_COMPILER, `${element}: ${element} construct has no default compilation handler.`);
  }
}

/** Whether a server default is a SQLAlchemy ColumnElement (a string or a text() is not). */
function isColumnElement(d: ServerDefault): boolean {
  return typeof d !== "string" && !isKind(d, "text");
}

/** column.foreign_keys: its own, or a table-level ForeignKeyConstraint over it. */
function hasForeignKey(table: Table, column: Column): boolean {
  if (column.foreignKeys.length > 0) return true;
  return table.constraints.some((c) => isKind(c, "foreignKeyConstraint") && (c as ForeignKeyConstraint).columns.includes(column.key));
}
