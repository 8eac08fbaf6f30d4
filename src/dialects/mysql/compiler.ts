/**
 * MySQL's compiler: SQLAlchemy 1.4's MySQLDDLCompiler (column specification with inline
 * COMMENT and AUTO_INCREMENT, table options after CREATE TABLE, index prefix / length / parser /
 * USING, DROP FOREIGN KEY / PRIMARY KEY / INDEX / CHECK), MySQLCompiler's expressions (backslashes
 * doubled in literals, rand(), CASTs MySQL allows) and Alembic's MODIFY / CHANGE. One class for
 * MySQL and MariaDB: what differs is in the MysqlServer it is given.
 */
import { DdlCompiler } from "../base/compiler.js";
import { ArgumentError, UnsupportedCompilationError } from "../base/compile-errors.js";
import type { Column } from "../../schema/column.js";
import type { ExcludeConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint } from "../../schema/constraints.js";
import type { EffectiveName } from "../../schema/naming.js";
import type { DmlStatement } from "../../schema/dml.js";
import type { FuncCall, SqlExpr } from "../../schema/expressions.js";
import { isKind } from "../../schema/item.js";
import type { Table } from "../../schema/table.js";
import { dialectType, type SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { warn } from "../../util/warn.js";
import type { StatementOf } from "../base/statements.js";
import { postCreateTableOptions } from "./table-options.js";
import { quotingFor } from "./quoting.js";
import type { MysqlServer } from "./server.js";
import { onDuplicateKeySql, type OnDuplicateKey } from "./upsert.js";
import { mysqlCastType, mysqlTypeSql } from "./types.js";

const DDL_COMPILER = "sqlalchemy.dialects.mysql.base.MySQLDDLCompiler";
const NO_INDIVIDUAL_ALTER = "Individual alter column constructs not supported by MySQL";

/**
 * Names a naming convention makes are cut to 64 characters (max_index_name_length,
 * max_constraint_name_length); names given in full may be as long as any identifier (255).
 */
const MAX_GENERATED_NAME_LENGTH = 64;
const MAX_IDENTIFIER_LENGTH = 255;

export class MysqlCompiler extends DdlCompiler {
  protected override readonly dialectClauses = ["onDuplicateKey"];
  /** MySQL has no boolean type, though it spells true()/false() as true/false. */
  protected override readonly supportsNativeBoolean = false;

  /** Offline, ON DUPLICATE KEY UPDATE's values print as named parameters, as Alembic's output has them. */
  constructor(private readonly server: MysqlServer, private readonly offline = true) {
    super(quotingFor(server), MAX_GENERATED_NAME_LENGTH);
  }

  /** MySQLCompiler.visit_join. */
  protected override joinKeyword(isOuter: boolean): string {
    return isOuter ? "LEFT OUTER JOIN" : "INNER JOIN";
  }

  /** MySQLCompiler.limit_clause: LIMIT offset, count (the largest count where none is given). */
  protected override limitClause(limit: number | null, offset: number | null): string {
    if (offset === null) return ` \n LIMIT ${limit}`;
    return ` \n LIMIT ${offset}, ${limit ?? "18446744073709551615"}`;
  }

  override constraintName(n: EffectiveName): string {
    if (!n.converted && n.name.length > MAX_IDENTIFIER_LENGTH) {
      fail(`Identifier '${n.name}' exceeds maximum length of ${MAX_IDENTIFIER_LENGTH} characters`);
    }
    return n.converted ? super.constraintName(n) : this.quote(n.name);
  }

  override dialectType(t: SqlType): SqlType {
    return dialectType(t, this.server.name);
  }

  override typeSql(t: SqlType): string {
    return mysqlTypeSql(t, this.server.name);
  }

  /** MySQLCompiler.render_literal_value: the String literal, then backslashes doubled (unless the server says not to). */
  override stringLiteral(s: string): string {
    const text = s.replaceAll("'", "''");
    return "'" + (this.server.backslashEscapes ? text.replaceAll("\\", "\\\\") : text) + "'";
  }

  override expr(e: SqlExpr | string, includeTable = false): string {
    if (typeof e !== "string" && isKind(e, "func")) {
      const f = e as FuncCall;
      if (f.packages.length === 0) {
        const args = () => f.args.map((a) => this.expr(a, includeTable)).join(", ");
        // MySQLCompiler.visit_random_func / visit_sysdate_func.
        if (f.name.toLowerCase() === "random") return `rand(${args()})`;
        if (f.name.toLowerCase() === "sysdate") return "SYSDATE()";
      }
    }
    return super.expr(e, includeTable);
  }

  /** MySQLCompiler.visit_cast: MySQL casts to few types; to any other SQLAlchemy leaves the CAST out, warning. */
  override cast(expr: string, type: SqlType, grouped: boolean): string {
    const target = mysqlCastType(type, this.server.name, this.server.floatCast);
    if (target === null) {
      warn("SAWarning", `Datatype ${this.typeSql(type)} does not support CAST on MySQL/MariaDb; the CAST will be skipped.`);
      return grouped ? `(${expr})` : expr;
    }
    return `CAST(${expr} AS ${target})`;
  }

  /** mysql.insert(...).on_duplicate_key_update(): the INSERT, then its ON DUPLICATE KEY UPDATE clause. */
  override dml(s: DmlStatement): string {
    const sql = super.dml(s);
    const update = (s as { readonly onDuplicateKey?: OnDuplicateKey | null }).onDuplicateKey ?? null;
    return update === null ? sql : sql + " " + onDuplicateKeySql(this, (s as Extract<DmlStatement, { rows: unknown }>).table, update, this.offline);
  }

  /** MySQLDDLCompiler.get_column_specification. */
  override columnSpec(table: Table, column: Column): string {
    const parts = [this.quote(column.name ?? column.key), this.typeSql(column.type)];
    if (column.computed !== null) parts.push(this.computed(column.computed));
    if (!column.nullable) parts.push("NOT NULL");
    // A TIMESTAMP column is NOT NULL unless it says NULL (explicit_defaults_for_timestamp off).
    else if (this.dialectType(column.type).name === "TIMESTAMP") parts.push("NULL");
    if (column.comment !== null) parts.push("COMMENT " + this.stringLiteral(column.comment));
    // Reading table._autoincrement_column raises its error whichever column asks first.
    if (table.autoincrementError !== null) throw new ArgumentError(table.autoincrementError);
    const sequenceInstead = this.server.supportsSequences && column.sequence !== null && !column.sequence.optional;
    if (table.autoincrementColumn?.key === column.key && (column.serverDefault === null || column.identity !== null) && !sequenceInstead) {
      parts.push("AUTO_INCREMENT");
    } else if (column.serverDefault !== null) {
      parts.push("DEFAULT " + this.serverDefault(column.serverDefault));
    }
    return parts.join(" ");
  }

  override postCreateTable(table: Table): string {
    const options = postCreateTableOptions(table, this.server.name, (s) => this.stringLiteral(s));
    return options === "" ? "" : options;
  }

  override primaryKey(table: Table, c: PrimaryKeyConstraint): string {
    const text = super.primaryKey(table, c);
    // The PRIMARY KEY's USING is read under the mysql prefix whatever the dialect's name.
    const using = c.dialectOptions["mysqlUsing"];
    return text !== "" && typeof using === "string" && using !== "" ? `${text} USING ${this.quote(using)}` : text;
  }

  /** define_constraint_match: MySQL parses MATCH but then ignores ON DELETE / ON UPDATE, so SQLAlchemy refuses it. */
  override foreignKey(table: Table, c: ForeignKeyConstraint): string {
    if (c.match !== null) fail("MySQL ignores the 'MATCH' keyword while at the same time causes ON UPDATE/ON DELETE clauses to be ignored.");
    return super.foreignKey(table, c);
  }

  /** PostgreSQL's EXCLUDE reaches MySQL's compiler, which has no rendering for it. */
  override exclude(_table: Table, _c: ExcludeConstraint): string {
    throw new UnsupportedCompilationError(DDL_COMPILER, "<class 'sqlalchemy.dialects.postgresql.ext.ExcludeConstraint'>");
  }

  /** visit_create_index: a function or a binary expression gets its own parentheses. */
  override indexElement(table: Table, e: Index["elements"][number]): string {
    if (!("column" in e) && (isKind(e.expr, "func") || isKind(e.expr, "binary"))) return `(${this.expr(e.expr)})`;
    return super.indexElement(table, e);
  }

  /** MySQLDDLCompiler.visit_create_index. */
  override createIndex(table: Table, index: Index, ifNotExists: boolean): string {
    const o = index.dialectOptions;
    const own = (key: string): unknown => o[this.server.name + key];
    const columns = index.elements.map((e) => this.indexElement(table, e));
    let text = "CREATE ";
    if (index.unique) text += "UNIQUE ";
    const prefix = own("Prefix");
    if (typeof prefix === "string" && prefix !== "") text += prefix + " ";
    text += "INDEX ";
    if (ifNotExists) text += "IF NOT EXISTS ";
    text += `${this.indexName(table, index, false)} ON ${this.table(table)} `;
    const length = own("Length");
    let list: string;
    if (length !== undefined && length !== null && typeof length === "object") {
      // A prefix length per column, by column name (or by the element as rendered).
      const byName = length as Readonly<Record<string, number>>;
      list = index.elements.map((e, i) => {
        const rendered = columns[i] as string;
        const key = "column" in e ? table.c[e.column]?.name ?? e.column : null;
        if (key !== null && byName[key] !== undefined) return `${rendered}(${Math.trunc(byName[key])})`;
        return byName[rendered] !== undefined ? `${rendered}(${Math.trunc(byName[rendered] as number)})` : rendered;
      }).join(", ");
    } else if (typeof length === "number") {
      list = columns.map((c) => `${c}(${Math.trunc(length)})`).join(", ");
    } else {
      list = columns.join(", ");
    }
    text += `(${list})`;
    // WITH PARSER and USING are read under the mysql prefix whatever the dialect's name.
    const parser = o["mysqlWithParser"];
    if (parser !== undefined && parser !== null) text += ` WITH PARSER ${String(parser)}`;
    const using = o["mysqlUsing"];
    if (using !== undefined && using !== null) text += ` USING ${this.quote(String(using))}`;
    return text;
  }

  /** MySQL's DROP INDEX names its table. */
  override dropIndex(table: Table | null, index: Index, ifExists: boolean): string {
    const on = table ?? fail("DROP INDEX on MySQL needs the index's table");
    return `\nDROP INDEX ${ifExists ? "IF EXISTS " : ""}${this.indexName(on, index, false)} ON ${this.table(on)}`;
  }

  /** Alembic's _mysql_drop_constraint over MySQLDDLCompiler.visit_drop_constraint: the constraint's kind picks the words. */
  override dropConstraint(s: StatementOf<"dropConstraint">): string {
    const table = this.table(s.table);
    const name = this.quote(s.name);
    switch (s.type) {
      case "foreignkey": return `ALTER TABLE ${table} DROP FOREIGN KEY ${name}`;
      case "primary": return `ALTER TABLE ${table} DROP PRIMARY KEY `;
      case "unique": return `ALTER TABLE ${table} DROP INDEX ${name}`;
      case "check": return `ALTER TABLE ${table} ${this.server.isMariadb ? "DROP CONSTRAINT" : "DROP CHECK"} ${name}`;
      default: return fail("No generic 'DROP CONSTRAINT' in MySQL - please specify constraint type");
    }
  }

  /** Alembic's MySQLModifyColumn / MySQLChangeColumn, with _mysql_colspec. */
  override restateColumn(s: StatementOf<"restateColumn">): string {
    let spec = `${this.typeSql(s.type)} ${s.nullable ? "NULL" : "NOT NULL"}`;
    if (s.autoincrement) spec += " AUTO_INCREMENT";
    if (s.default !== null) spec += " DEFAULT " + this.serverDefault(s.default);
    if (s.comment) spec += " COMMENT " + this.stringLiteral(s.comment);
    const head = `ALTER TABLE ${this.alembicTable(s.table)}`;
    if (s.newName === null) return `${head} MODIFY ${this.quote(s.columnName)} ${spec}`;
    return `${head} CHANGE ${this.quote(s.columnName)} ${this.quote(s.newName)} ${spec}`;
  }

  // Alembic refuses its one-attribute ALTER elements on MySQL; its MySQL impl never makes them.
  override alterColumnType(_s: StatementOf<"alterColumnType">): string {
    return fail(NO_INDIVIDUAL_ALTER);
  }

  override alterColumnNullable(_s: StatementOf<"alterColumnNullable">): string {
    return fail(NO_INDIVIDUAL_ALTER);
  }

  override renameColumn(_s: StatementOf<"renameColumn">): string {
    return fail(NO_INDIVIDUAL_ALTER);
  }

  /** visit_set_table_comment / visit_drop_table_comment. */
  override tableComment(s: StatementOf<"tableComment">): string {
    return `ALTER TABLE ${this.table(s.table)} COMMENT ${s.comment === null ? "''" : this.stringLiteral(s.comment)}`;
  }

  /** SetColumnComment restates the column, which this statement does not carry: comments go inline. */
  override columnComment(s: StatementOf<"columnComment">): string {
    return fail(`A comment on column ${s.columnName} is set on MySQL by restating the column: use op.alterColumn(..., { comment, existingType })`);
  }

  /** A PostgreSQL ENUM's CREATE TYPE event reaches MySQL's compiler, which has no rendering for it. */
  override createEnum(_t: SqlType): string {
    throw new UnsupportedCompilationError(DDL_COMPILER, "<class 'sqlalchemy.dialects.postgresql.base.CreateEnumType'>");
  }

  override dropEnum(_t: SqlType): string {
    throw new UnsupportedCompilationError(DDL_COMPILER, "<class 'sqlalchemy.dialects.postgresql.base.DropEnumType'>");
  }
}
