/**
 * PostgreSQL's DDL compiler: SQLAlchemy 1.4's PGDDLCompiler (SERIAL, post-create options,
 * CREATE INDEX options, EXCLUDE, CREATE TYPE) over the generic one.
 */
import { DdlCompiler } from "../base/compiler.js";
import { ArgumentError } from "../base/compile-errors.js";
import { isKind } from "../../schema/item.js";
import type { Column } from "../../schema/column.js";
import type { CheckConstraint, ExcludeConstraint, ForeignKeyConstraint, Index } from "../../schema/constraints.js";
import type { Table } from "../../schema/table.js";
import { dialectType, type SqlType } from "../../schema/types.js";
import type { SqlExpr } from "../../schema/expressions.js";
import type { IdentityOptionsData } from "../../schema/sequence.js";
import type { StatementOf } from "../base/statements.js";
import { postgresqlQuoting } from "./quoting.js";
import { enumTypeName, postgresqlTypeSql } from "./types.js";
import { fail } from "../../util/errors.js";
import type { DmlStatement } from "../../schema/dml.js";
import { withOnConflict } from "../base/on-conflict.js";

/** SQLAlchemy's IDX_USING: a USING method is one word. */
const IDX_USING = /^(?:btree|hash|gist|gin|[\w_]+)$/i;

export class PostgresqlCompiler extends DdlCompiler {
  /**
   * Offline, SQLAlchemy's PostgreSQL dialect has not seen the server's
   * standard_conforming_strings, so it doubles backslashes in literals (_backslash_escapes).
   */
  protected override readonly dialectClauses = ["onConflict"];

  constructor(private readonly backslashEscapes: boolean, private readonly offline = backslashEscapes) {
    super(postgresqlQuoting, 63);
  }

  /** PGCompiler.limit_clause. */
  protected override limitClause(limit: number | null, offset: number | null): string {
    let text = limit === null ? "" : ` \n LIMIT ${limit}`;
    if (offset !== null) text += (limit === null ? "\n LIMIT ALL" : "") + ` OFFSET ${offset}`;
    return text;
  }

  /** postgresql.insert(...).on_conflict_do_*(): the INSERT, then its ON CONFLICT clause. */
  override dml(s: DmlStatement): string {
    return withOnConflict(this, s, super.dml(s), this.offline);
  }

  onConflictConstraint(name: string): string {
    return "ON CONSTRAINT " + this.constraintName({ name, converted: false });
  }

  override dialectType(t: SqlType): SqlType {
    return dialectType(t, "postgresql");
  }

  override typeSql(t: SqlType): string {
    return postgresqlTypeSql(t, { quote: (n) => this.quote(n) });
  }

  override stringLiteral(s: string): string {
    const text = s.replaceAll("'", "''");
    return "'" + (this.backslashEscapes ? text.replaceAll("\\", "\\\\") : text) + "'";
  }

  /** PGDDLCompiler.get_column_specification. */
  override columnSpec(table: Table, column: Column): string {
    let spec = this.quote(column.name ?? column.key);
    const hasIdentity = column.identity !== null;
    // PGDDLCompiler asks for the table's autoincrement column at its first primary key column.
    if (column.primaryKey && table.autoincrementError !== null) throw new ArgumentError(table.autoincrementError);
    const serial =
      column.primaryKey &&
      table.autoincrementColumn?.key === column.key &&
      !hasIdentity &&
      column.default === null &&
      (column.sequence === null || column.sequence.optional);
    if (serial) {
      const size = this.dialectType(column.type).intSize;
      spec += size === "big" ? " BIGSERIAL" : size === "small" ? " SMALLSERIAL" : " SERIAL";
    } else {
      spec += " " + this.typeSql(column.type);
      if (column.serverDefault !== null) spec += " DEFAULT " + this.serverDefault(column.serverDefault);
    }
    if (column.computed !== null) {
      if (column.computed.persisted === false) {
        fail("PostrgreSQL computed columns do not support 'virtual' persistence; set the 'persisted' flag to None or True for PostgreSQL support.");
      }
      spec += ` GENERATED ALWAYS AS (${this.expr(column.computed.sqltext)}) STORED`;
    }
    if (hasIdentity && column.identity !== null) spec += " " + this.identity(column.identity);
    if (!column.nullable && !hasIdentity) spec += " NOT NULL";
    else if (column.nullable && hasIdentity) spec += " NULL";
    return spec;
  }

  override renameTable(s: StatementOf<"renameTable">): string {
    return `ALTER TABLE ${this.alembicTable(s.table)} RENAME TO ${this.alembicTable({ name: s.newName, schema: null })}`;
  }

  /** Alembic's PostgresqlColumnType: "TYPE x USING expr"; without USING a trailing space remains (stripped offline). */
  override alterColumnType(s: StatementOf<"alterColumnType">): string {
    return `${this.alterColumn(s.table, s.columnName)} TYPE ${this.typeSql(s.type)} ${s.using !== null && s.using !== "" ? "USING " + s.using : ""}`;
  }

  /** Alembic's PostgreSQL ColumnComment: the table name formatted Alembic's way. */
  override columnComment(s: StatementOf<"columnComment">): string {
    const comment = s.comment === null ? "NULL" : this.stringLiteral(s.comment);
    return `COMMENT ON COLUMN ${this.alembicTable(s.table)}.${this.quote(s.columnName)} IS ${comment}`;
  }

  /** Alembic's PostgreSQL IdentityColumnDefault: DROP IDENTITY, ADD GENERATED..., or SET the changed options. */
  override alterColumnIdentity(s: StatementOf<"alterColumnIdentity">): string {
    let text = `${this.alterColumn(s.table, s.columnName)} `;
    if (s.identity === null) return text + "DROP IDENTITY";
    if (s.existing === null) return text + "ADD " + this.identity(s.identity);
    const next = s.identity;
    const old = s.existing === false ? null : s.existing;
    // _compare_identity_default: attributes differing from the existing identity and not at their default.
    const attrs = ["always", "cache", "cycle", "increment", "maxvalue", "minvalue", "nomaxvalue", "nominvalue", "start"] as const;
    const blank: IdentityOptionsData = {
      start: null, increment: null, minvalue: null, maxvalue: null, nominvalue: null, nomaxvalue: null, cycle: null, cache: null, order: null,
    };
    for (const attr of attrs) {
      if (attr === "always") {
        if (Boolean(next.always) !== Boolean(old?.always)) text += `SET GENERATED ${next.always ? "ALWAYS" : "BY DEFAULT"} `;
        continue;
      }
      const value = next[attr];
      const oldValue = old === null ? null : old[attr];
      if (value !== oldValue && value !== null) text += `SET ${this.identityOptions({ ...blank, [attr]: value })} `;
    }
    return text;
  }

  override postCreateTable(table: Table): string {
    const o = table.dialectOptions;
    let text = "";
    const inherits = o["postgresqlInherits"];
    if (inherits !== undefined && inherits !== null) {
      const names = Array.isArray(inherits) ? (inherits as string[]) : [String(inherits)];
      text += "\n INHERITS ( " + names.map((n) => this.quote(n)).join(", ") + " )";
    }
    if (o["postgresqlPartitionBy"]) text += `\n PARTITION BY ${String(o["postgresqlPartitionBy"])}`;
    if (o["postgresqlWithOids"] === true) text += "\n WITH OIDS";
    else if (o["postgresqlWithOids"] === false) text += "\n WITHOUT OIDS";
    if (o["postgresqlOnCommit"]) text += `\n ON COMMIT ${String(o["postgresqlOnCommit"]).replaceAll("_", " ").toUpperCase()}`;
    if (o["postgresqlTablespace"]) text += `\n TABLESPACE ${this.quote(String(o["postgresqlTablespace"]))}`;
    return text;
  }

  override check(table: Table, c: CheckConstraint, inline: boolean): string {
    let text = super.check(table, c, inline);
    if (c.dialectOptions["postgresqlNotValid"] === true) text += " NOT VALID";
    return text;
  }

  override foreignKey(table: Table, c: ForeignKeyConstraint): string {
    let text = super.foreignKey(table, c);
    if (c.dialectOptions["postgresqlNotValid"] === true) text += " NOT VALID";
    return text;
  }

  override exclude(table: Table, c: ExcludeConstraint): string {
    const elements = c.elements.map(({ expr, operator }) => {
      // SQLAlchemy 1.4 coerces each element to a column; a text() is not one.
      if (typeof expr !== "string" && isKind(expr, "text")) fail("'SchemaItem' object, such as a 'Column' or a 'Constraint' expected, got NullType()");
      const rendered = typeof expr === "string" ? this.columnNameOf(table, expr) : this.expr(expr);
      const key = typeof expr === "string" ? expr : isKind(expr, "columnClause") ? (expr as { name: string }).name : null;
      const ops = key !== null ? c.ops[key] : undefined;
      return `${rendered}${ops !== undefined ? " " + ops : ""} WITH ${operator}`;
    });
    let text = this.namePrefix(table, c);
    text += `EXCLUDE USING ${this.sqlPhrase(c.using, IDX_USING).toLowerCase()} (${elements.join(", ")})`;
    if (c.where !== null) text += ` WHERE (${this.whereExpr(c.where)})`;
    text += this.deferrability(c);
    return text;
  }

  private whereExpr(w: string | SqlExpr): string {
    return typeof w === "string" ? w : this.expr(w);
  }

  override createIndex(table: Table, index: Index, ifNotExists: boolean): string {
    const o = index.dialectOptions;
    let text = "CREATE ";
    if (index.unique) text += "UNIQUE ";
    text += "INDEX ";
    if (o["postgresqlConcurrently"] === true) text += "CONCURRENTLY ";
    if (ifNotExists) text += "IF NOT EXISTS ";
    text += `${this.indexName(table, index, false)} ON ${this.table(table)} `;
    const using = o["postgresqlUsing"];
    if (typeof using === "string" && using !== "") text += `USING ${this.sqlPhrase(using, IDX_USING).toLowerCase()} `;
    const ops = (o["postgresqlOps"] ?? {}) as Record<string, string>;
    // A reflected index's DESC / NULLS words (SQLAlchemy's column_sorting), by column key.
    const sorting = (o["_columnSorting"] ?? {}) as Readonly<Record<string, string>>;
    text += "(" + index.elements.map((e) => {
      const rendered = this.indexElement(table, e) + ("column" in e ? sorting[e.column] ?? "" : "");
      // SQLAlchemy looks ops up by the element's key: a column's name, a text() clause's text.
      const key = "column" in e ? e.column : isKind(e.expr, "columnClause") ? (e.expr as { name: string }).name : isKind(e.expr, "text") ? (e.expr as { text: string }).text : null;
      return key !== null && ops[key] !== undefined ? `${rendered} ${ops[key]}` : rendered;
    }).join(", ") + ")";
    const include = o["postgresqlInclude"] as readonly (string | { name: string })[] | undefined;
    if (include !== undefined && include.length > 0) {
      text += " INCLUDE (" + include.map((c) => this.quote(typeof c === "string" ? table.c[c]?.name ?? c : c.name)).join(", ") + ")";
    }
    const withClause = o["postgresqlWith"] as Record<string, unknown> | undefined;
    if (withClause !== undefined && Object.keys(withClause).length > 0) {
      text += " WITH (" + Object.entries(withClause).map(([k, v]) => `${k} = ${String(v)}`).join(", ") + ")";
    }
    if (o["postgresqlTablespace"]) text += ` TABLESPACE ${this.quote(String(o["postgresqlTablespace"]))}`;
    const where = o["postgresqlWhere"];
    if (where !== undefined && where !== null) text += " WHERE " + this.whereExpr(where as string | SqlExpr);
    return text;
  }

  override dropIndex(table: Table | null, index: Index, ifExists: boolean): string {
    let text = "\nDROP INDEX ";
    if (index.dialectOptions["postgresqlConcurrently"] === true) text += "CONCURRENTLY ";
    if (ifExists) text += "IF EXISTS ";
    return text + this.indexName(table, index, true);
  }

  override createEnum(t: SqlType): string {
    const spec = t.enumSpec ?? fail("CREATE TYPE needs an enum type");
    const name = enumTypeName(t, { quote: (n) => this.quote(n) });
    return `CREATE TYPE ${name} AS ENUM (${spec.values.map((v) => this.stringLiteral(v)).join(", ")})`;
  }

  override dropEnum(t: SqlType): string {
    return `DROP TYPE ${enumTypeName(t, { quote: (n) => this.quote(n) })}`;
  }
}
