/**
 * How one statement prints: SQLAlchemy's generic DDLCompiler and the literal-binds
 * SQLCompiler, plus Alembic's ALTER elements (alembic/ddl/base.py). A dialect subclasses it
 * and overrides small hooks (column specification, types, literals), as Kysely's
 * PostgresQueryCompiler does.
 */
import { createHash } from "node:crypto";
import { isKind, kindOf } from "../../schema/item.js";
import type { Column, ServerDefault } from "../../schema/column.js";
import type {
  CheckConstraint, Constraint, ExcludeConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint,
} from "../../schema/constraints.js";
import { dialectClauseOf, type DmlStatement, type DmlTarget, type Join, type SelectParts } from "../../schema/dml.js";
import {
  isExpr, type BetweenExpr, type BinaryExpr, type BindParam, type BooleanClauseList, type CastExpr, type ColumnClause, type FuncCall,
  type InExpr, type InListExpr, type KeywordExpr, type LabelExpr, type UnaryExpr,
  type LiteralColumn, type SqlExpr, type TextClause,
} from "../../schema/expressions.js";
import { effectiveName, type EffectiveName } from "../../schema/naming.js";
import { referredTable, type Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";
import type { Computed, Identity, IdentityOptionsData } from "../../schema/sequence.js";
import type { Quoting } from "./quoting.js";
import type { Statement, StatementOf, TableRef } from "./statements.js";
import { inferFamily, pyFloat, pyRepr } from "./literals.js";
import { genericTypeName } from "../../schema/type-string.js";

const inferredName = (v: unknown): string => {
  const f = inferFamily(v);
  return f === "datetime" ? "DATETIME" : f === "null" ? "NULL" : f.toUpperCase();
};
import { RetortError, fail, messageOf } from "../../util/errors.js";
import { fixedFunctionSql, selectLabel } from "./functions.js";
import { ArgumentError, compileErrorText } from "./compile-errors.js";

/** A foreign key whose referent SQLAlchemy would not find: the failure it raises when compiled (batch.ts). */
export const UNRESOLVED_REFERENT = "_unresolvedReferent";

const BIND_PARAM = /(?<![:\w\\]):(\w+)(?!:)/gu;
const ESCAPED_COLON = /\\(:[\w$]*)(?![:\w$])/gu;

export abstract class DdlCompiler {
  constructor(protected readonly quoting: Quoting, protected readonly maxIdentifierLength: number) {}

  /** SQLAlchemy's dialect.supports_alter: without it, a use_alter foreign key stays inside CREATE TABLE. */
  protected readonly supportsAlter: boolean = true;
  /** The kinds of DialectClause this compiler renders (`onConflict`); any other is refused. */
  protected readonly dialectClauses: readonly string[] = [];
  /** SQLAlchemy's dialect.supports_native_boolean: without it, a bare boolean criterion is compared with 1. */
  protected readonly supportsNativeBoolean: boolean = true;

  // --- hooks a dialect overrides ------------------------------------------------
  abstract typeSql(t: SqlType): string;
  /** The type this dialect uses for `t` (its with_variant() entry for the dialect). */
  dialectType(t: SqlType): SqlType {
    return t;
  }
  /** SQLAlchemy's get_column_specification. */
  abstract columnSpec(table: Table, column: Column): string;

  /** A string literal (SQLAlchemy's String literal processor, then the dialect's escaping). */
  stringLiteral(s: string): string {
    return "'" + s.replaceAll("'", "''") + "'";
  }
  booleanLiteral(b: boolean): string {
    return b ? "true" : "false";
  }

  // --- names ---------------------------------------------------------------------
  quote(name: string): string {
    return this.quoting.quote(name);
  }
  /** SQLAlchemy's format_table: schema.name. */
  table(ref: TableRef): string {
    return ref.schema === null || ref.schema === "" ? this.quote(ref.name) : this.quote(ref.schema) + "." + this.quote(ref.name);
  }
  /** Alembic's format_table_name: the schema may be dotted (quote_dotted). */
  alembicTable(ref: TableRef): string {
    if (ref.schema === null || ref.schema === "") return this.quote(ref.name);
    return ref.schema.split(".").map((p) => this.quote(p)).join(".") + "." + this.quote(ref.name);
  }
  /** SQLAlchemy's truncate_and_render_constraint_name. */
  constraintName(n: EffectiveName): string {
    let name = n.name;
    if (n.converted) {
      if (name.length > this.maxIdentifierLength) {
        const md5 = createHash("md5").update(name).digest("hex");
        name = name.slice(0, this.maxIdentifierLength - 8) + "_" + md5.slice(-4);
      }
    } else if (name.length > this.maxIdentifierLength) {
      fail(`Identifier '${name}' exceeds maximum length of ${this.maxIdentifierLength} characters`);
    }
    return this.quote(name);
  }

  // --- literals and expressions ------------------------------------------------------
  /**
   * A value under literal_binds. A bind without a type takes one from its value (SQLAlchemy's
   * type inference); types without a literal renderer in SQLAlchemy 1.4 (dates, JSON, ARRAY,
   * NullType...) refuse, as it does.
   */
  literal(value: unknown, type: SqlType | null): string {
    if (value === null || value === undefined) return "NULL";
    const family = type === null ? inferFamily(value) : this.dialectType(type).family;
    const typeName = type === null ? inferredName(value) : genericTypeName(type);
    const refuse = (): never =>
      fail(`No literal value renderer is available for literal value "${pyRepr(value)}" with datatype ${typeName}`);
    // The type has a literal processor, but it raised on this value (String's value.replace on an int...).
    const cannot = (): never =>
      fail(`Could not render literal value "${pyRepr(value)}" with datatype ${typeName}; see parent stack trace for more detail.`);
    switch (family) {
      case "boolean":
        // Boolean._strict_as_bool: only True/False (and the numbers equal to them, 1 and 0).
        if (typeof value === "boolean") return this.booleanLiteral(value);
        return value === 0 || value === 1 || value === 0n || value === 1n ? this.booleanLiteral(Boolean(value)) : cannot();
      case "integer":
        if (typeof value === "boolean") return value ? "1" : "0";
        if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(Math.trunc(value));
        if (typeof value === "bigint") return String(value);
        return typeof value === "string" && /^[-+]?\d+$/.test(value.trim()) ? String(BigInt(value.trim())) : cannot();
      case "numeric":
      case "float":
        if (typeof value === "number") return Number.isInteger(value) && Math.abs(value) < 1e16 ? String(value) : pyFloat(value);
        return typeof value === "string" ? value : refuse();
      case "string":
      case "text":
        return typeof value === "string" ? this.stringLiteral(value) : cannot();
      case "enum":
        // Enum's processor looks the value up first; a non-string that is no member fails there.
        return typeof value === "string" ? this.stringLiteral(value) : cannot();
      case "uuid":
        return typeof value === "object" ? refuse() : this.stringLiteral(String(value));
      default:
        return refuse();
    }
  }

  /** SQLAlchemy's SQL compiler with literal_binds=True (and include_table as asked). */
  expr(e: SqlExpr | string, includeTable = false): string {
    if (typeof e === "string") return e;
    switch (kindOf(e)) {
      case "text":
        return this.textClause(e as TextClause);
      case "bindparam": {
        const b = e as BindParam;
        return this.literal(b.value, b.type);
      }
      case "func": {
        const f = e as FuncCall;
        const name = /^[A-Za-z_][A-Za-z0-9_$]*$/.test(f.name) ? f.name : this.quoting.forceQuote(f.name);
        const args = f.args.map((a) => this.expr(a, includeTable));
        return fixedFunctionSql(f, args) ?? [...f.packages, name].join(".") + "(" + args.join(", ") + ")";
      }
      case "literalColumn":
        return (e as LiteralColumn).text;
      case "keyword": {
        const w = (e as KeywordExpr).word;
        return w === "null" ? "NULL" : this.booleanLiteral(w === "true");
      }
      case "columnClause": {
        const c = e as ColumnClause;
        return includeTable && c.tableName !== null ? this.quote(c.tableName) + "." + this.quote(c.name) : this.quote(c.name);
      }
      case "binary": {
        const b = e as BinaryExpr;
        return `${this.grouped(b.left, "=", includeTable)} ${b.operator} ${this.grouped(b.right, "=", includeTable)}`;
      }
      case "cast": {
        const c = e as CastExpr;
        return this.cast(this.expr(c.expr, includeTable), c.type, isKind(c.expr, "binary"));
      }
      case "inList": {
        const l = e as InListExpr;
        return `${this.quote(l.column)} IN (${l.values.map((v) => this.expr(v)).join(", ")})`;
      }
      case "booleanList": {
        const l = e as BooleanClauseList;
        return l.clauses.map((c) => this.grouped(c, l.operator, includeTable)).join(` ${l.operator} `);
      }
      case "unary": {
        const u = e as UnaryExpr;
        if (u.modifier !== null) return `${this.expr(u.element, includeTable)} ${u.modifier}`;
        const inner = this.expr(u.element, includeTable);
        return isKind(u.element, "booleanList") || isKind(u.element, "binary") ? `NOT (${inner})` : `NOT ${inner}`;
      }
      case "in": {
        // visit_not_in_op_binary: NOT IN is always bracketed.
        const i = e as InExpr;
        const list = i.select !== null ? this.select(i.select as unknown as SelectParts) : i.values!.map((v) => this.expr(v, includeTable)).join(", ");
        const text = `${this.expr(i.left, includeTable)} ${i.negate ? "NOT IN" : "IN"} (${list})`;
        return i.negate ? `(${text})` : text;
      }
      case "between": {
        const b = e as BetweenExpr;
        const [x, lo, hi] = [b.expr, b.lower, b.upper].map((v) => this.expr(v, includeTable));
        return `${x} ${b.negate ? "NOT BETWEEN" : "BETWEEN"} ${lo} AND ${hi}`;
      }
      case "label": {
        const l = e as LabelExpr;
        return `${this.expr(l.element, includeTable)} AS ${this.quote(l.name)}`;
      }
      default:
        return fail(`cannot compile ${String(kindOf(e))} as SQL`);
    }
  }

  /**
   * An operand inside `operator`, bracketed where SQLAlchemy's self_group() would: an AND/OR
   * list under an operator that binds tighter (OR inside AND, either inside a comparison).
   */
  private grouped(e: SqlExpr, operator: string, includeTable: boolean): string {
    const text = this.expr(e, includeTable);
    if (!isKind(e, "booleanList")) return text;
    const precedence = (op: string): number => (op === "OR" ? 2 : op === "AND" ? 3 : 5);
    return precedence((e as BooleanClauseList).operator) < precedence(operator) ? `(${text})` : text;
  }

  /** visit_cast: `expr` is the operand as rendered; `grouped` when it is an expression that self_group() would parenthesize. */
  cast(expr: string, type: SqlType, _grouped: boolean): string {
    return `CAST(${expr} AS ${this.typeSql(type)})`;
  }

  /** A text() clause: `:name` binds rendered as literals, `\\:` unescaped. */
  textClause(t: TextClause): string {
    const replaced = t.text.replace(BIND_PARAM, (_m, name: string) => {
      const b = t.binds[name];
      // An unvalued bind renders as NULL under literal_binds, as SQLAlchemy does.
      return b === undefined ? "NULL" : this.literal(b.value, b.type);
    });
    return replaced.replace(ESCAPED_COLON, "$1");
  }

  serverDefault(d: ServerDefault): string {
    return typeof d === "string" ? this.stringLiteral(d) : this.expr(d);
  }

  // --- columns ------------------------------------------------------------------------
  identity(i: Identity): string {
    const opts = this.identityOptions(i);
    return `GENERATED ${i.always ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY` + (opts === "" ? "" : ` (${opts})`);
  }

  identityOptions(o: IdentityOptionsData): string {
    const out: string[] = [];
    if (o.increment !== null) out.push(`INCREMENT BY ${o.increment}`);
    if (o.start !== null) out.push(`START WITH ${o.start}`);
    if (o.minvalue !== null) out.push(`MINVALUE ${o.minvalue}`);
    if (o.maxvalue !== null) out.push(`MAXVALUE ${o.maxvalue}`);
    if (o.nominvalue !== null) out.push("NO MINVALUE");
    if (o.nomaxvalue !== null) out.push("NO MAXVALUE");
    if (o.cache !== null) out.push(`CACHE ${o.cache}`);
    if (o.order !== null) out.push(o.order ? "ORDER" : "NO ORDER");
    if (o.cycle !== null) out.push(o.cycle ? "CYCLE" : "NO CYCLE");
    return out.join(" ");
  }

  computed(c: Computed): string {
    const text = `GENERATED ALWAYS AS (${this.expr(c.sqltext)})`;
    if (c.persisted === true) return text + " STORED";
    if (c.persisted === false) return text + " VIRTUAL";
    return text;
  }

  /** visit_create_column: the specification plus constraints given inside the Column. */
  createColumn(table: Table, column: Column): string {
    let text = this.columnSpec(table, column);
    const inline = column.constraints.map((c) => this.constraint(table, c, true)).filter((x) => x !== "");
    if (inline.length > 0) text += " " + inline.join(" ");
    return text;
  }

  // --- constraints ------------------------------------------------------------------------
  deferrability(c: { readonly deferrable: boolean | null; readonly initially: string | null }): string {
    let text = "";
    if (c.deferrable !== null) text += c.deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
    if (c.initially !== null) text += ` INITIALLY ${c.initially}`;
    return text;
  }

  namePrefix(table: Table, c: Constraint): string {
    const n = effectiveName(c, table);
    return n === null ? "" : `CONSTRAINT ${this.constraintName(n)} `;
  }

  /** One constraint as it prints inside CREATE TABLE or after ADD. Empty when it prints nothing. */
  constraint(table: Table, c: Constraint, inline = false): string {
    switch (kindOf(c)) {
      case "primaryKeyConstraint":
        return this.primaryKey(table, c as PrimaryKeyConstraint);
      case "uniqueConstraint":
        return this.unique(table, c as UniqueConstraint);
      case "checkConstraint":
        return this.check(table, c as CheckConstraint, inline);
      case "foreignKeyConstraint":
        return this.foreignKey(table, c as ForeignKeyConstraint);
      case "excludeConstraint":
        return this.exclude(table, c as ExcludeConstraint);
      default:
        return fail(`unknown constraint ${String(kindOf(c))}`);
    }
  }

  columnNameOf(table: Table, key: string): string {
    const col = table.c[key];
    return this.quote(col?.name ?? key);
  }

  primaryKey(table: Table, c: PrimaryKeyConstraint): string {
    if (c.columns.length === 0) return "";
    // An implicit primary key lists the autoincrement column first (columns_autoinc_first).
    if (table.primaryKeyImplicit && table.autoincrementError !== null) throw new ArgumentError(table.autoincrementError);
    return this.namePrefix(table, c) + "PRIMARY KEY (" + c.columns.map((k) => this.columnNameOf(table, k)).join(", ") + ")" + this.deferrability(c);
  }

  unique(table: Table, c: UniqueConstraint): string {
    if (c.columns.length === 0) return "";
    return this.namePrefix(table, c) + "UNIQUE (" + c.columns.map((k) => this.columnNameOf(table, k)).join(", ") + ")" + this.deferrability(c);
  }

  check(table: Table, c: CheckConstraint, _inline: boolean): string {
    return this.namePrefix(table, c) + `CHECK (${this.expr(c.sqltext)})` + this.deferrability(c);
  }

  /** Split "schema.table.col" as SQLAlchemy's ForeignKey._column_tokens does. */
  refParts(spec: string): { schema: string | null; table: string; column: string } {
    const parts = spec.split(".");
    if (parts.length < 2) fail(`Invalid foreign key column specification: ${spec}`);
    const column = parts.pop() as string;
    const tableName = parts.pop() as string;
    return { schema: parts.length > 0 ? parts.join(".") : null, table: tableName, column };
  }

  foreignKey(table: Table, c: ForeignKeyConstraint): string {
    const refs = c.refColumns.map((s) => this.refParts(s));
    if (refs.length === 0) fail("a ForeignKeyConstraint needs at least one column");
    let text = this.namePrefix(table, c);
    text += "FOREIGN KEY(" + c.columns.map((k) => this.columnNameOf(table, k)).join(", ") + ") REFERENCES ";
    text += this.referredTableSql(this.referredTableOf(table, c)) + " (" + refs.map((r) => this.quote(r.column)).join(", ") + ")";
    if (c.match !== null) text += ` MATCH ${c.match}`;
    if (c.ondelete !== null) text += ` ON DELETE ${this.sqlPhrase(c.ondelete, FK_ACTION)}`;
    if (c.onupdate !== null) text += ` ON UPDATE ${this.sqlPhrase(c.onupdate, FK_ACTION)}`;
    text += this.deferrability(c);
    return text;
  }

  /** The table a foreign key refers to: one of the same MetaData, else as its spec names it. */
  referredTableOf(table: Table, c: ForeignKeyConstraint): TableRef {
    const unresolved = c.dialectOptions[UNRESOLVED_REFERENT];
    if (typeof unresolved === "string") fail(unresolved);
    const first = this.refParts(c.refColumns[0] ?? fail("a ForeignKeyConstraint needs at least one column"));
    return referredTable(table.metadata, c.refColumns[0] as string) ?? { name: first.table, schema: first.schema };
  }

  /** SQLAlchemy's define_constraint_remote_table. */
  referredTableSql(target: TableRef): string {
    return this.table(target);
  }

  exclude(_table: Table, _c: ExcludeConstraint): string {
    return fail("EXCLUDE constraints are PostgreSQL only");
  }

  /** SQLAlchemy's validate_sql_phrase. */
  sqlPhrase(phrase: string, allowed: RegExp): string {
    if (!allowed.test(phrase)) fail(`Unexpected SQL phrase: '${phrase}' (matching against '${allowed.source}')`);
    return phrase;
  }

  // --- statements ------------------------------------------------------------------------
  statement(s: Statement): string {
    const handler = this.statements[s.kind] as (s: Statement) => string;
    return handler(s);
  }

  protected readonly statements: { readonly [K in Statement["kind"]]: (s: StatementOf<K>) => string } = {
    createTable: (s) => this.createTable(s.table),
    dropTable: (s) => `\nDROP TABLE ${s.ifExists ? "IF EXISTS " : ""}${this.table(s.table)}`,
    renameTable: (s) => this.renameTable(s),
    addColumn: (s) => {
      let text = `ALTER TABLE ${this.alembicTable(s.table)} ADD COLUMN ${s.ifNotExists ? "IF NOT EXISTS " : ""}${this.columnSpec(s.table, s.column)}`;
      const inline = s.column.constraints.map((c) => this.constraint(s.table, c, true)).filter((x) => x !== "");
      if (inline.length > 0) text += " " + inline.join(" ");
      return text;
    },
    dropColumn: (s) => `ALTER TABLE ${this.alembicTable(s.table)} DROP COLUMN ${this.quote(s.columnName)}`,
    alterColumnNullable: (s) => this.alterColumnNullable(s),
    alterColumnType: (s) => this.alterColumnType(s),
    alterColumnDefault: (s) =>
      `${this.alterColumn(s.table, s.columnName)} ${s.default === null ? "DROP DEFAULT" : "SET DEFAULT " + this.serverDefault(s.default)}`,
    alterColumnIdentity: (s) => this.alterColumnIdentity(s),
    renameColumn: (s) => this.renameColumn(s),
    restateColumn: (s) => this.restateColumn(s),
    columnComment: (s) => this.columnComment(s),
    tableComment: (s) => this.tableComment(s),
    createIndex: (s) => this.createIndex(s.table, s.index, s.ifNotExists),
    dropIndex: (s) => this.dropIndex(s.table, s.index, s.ifExists),
    addConstraint: (s) => `ALTER TABLE ${this.table(s.table)} ADD ${this.constraint(s.table, s.constraint)}`,
    dropConstraint: (s) => this.dropConstraint(s),
    createEnum: (s) => this.createEnum(s.type),
    dropEnum: (s) => this.dropEnum(s.type),
    createSequence: (s) => {
      // SQLAlchemy 1.4 prints START WITH 1 when no start is given.
      const seq = s.sequence;
      const opts = this.identityOptions({ ...seq, start: seq.start ?? 1 });
      const as = seq.dataType === null ? "" : ` AS ${this.typeSql(seq.dataType)}`;
      return `CREATE SEQUENCE ${this.table({ name: seq.name, schema: seq.schema })}${as}${opts === "" ? "" : " " + opts}`;
    },
    dropSequence: (s) => `DROP SEQUENCE ${this.table({ name: s.sequence.name, schema: s.sequence.schema })}`,
    text: (s) => this.textClause(s.sql),
    raw: (s) => s.sql,
    dml: (s) => this.dml(s.stmt),
    insertFromSelect: (s) => this.insertFromSelect(s),
  };

  /**
   * Batch mode's copy (insert().from_select(names, select(*columns))): the source columns
   * qualified by their table; a CAST keeps SQLAlchemy's label, the column's own name.
   */
  insertFromSelect(s: StatementOf<"insertFromSelect">): string {
    const source = this.table(s.source);
    const cols = s.select.map((c) => {
      const qualified = `${source}.${this.quote(c.column)}`;
      if (c.casts.length === 0) return qualified;
      return c.casts.reduce((e, t) => this.cast(e, t, false), qualified) + ` AS ${this.quote(c.column)}`;
    });
    return `INSERT INTO ${this.table(s.table)} (${s.columns.map((c) => this.quote(c)).join(", ")}) SELECT ${cols.join(", ")} \nFROM ${source}`;
  }

  renameTable(s: StatementOf<"renameTable">): string {
    return `ALTER TABLE ${this.alembicTable(s.table)} RENAME TO ${this.alembicTable({ name: s.newName, schema: s.table.schema })}`;
  }

  alterColumnNullable(s: StatementOf<"alterColumnNullable">): string {
    return `${this.alterColumn(s.table, s.columnName)} ${s.nullable ? "DROP NOT NULL" : "SET NOT NULL"}`;
  }

  renameColumn(s: StatementOf<"renameColumn">): string {
    return `ALTER TABLE ${this.alembicTable(s.table)} RENAME ${this.quote(s.columnName)} TO ${this.quote(s.newName)}`;
  }

  /** SQLAlchemy's SetTableComment / DropTableComment. */
  tableComment(s: StatementOf<"tableComment">): string {
    return `COMMENT ON TABLE ${this.table(s.table)} IS ${s.comment === null ? "NULL" : this.stringLiteral(s.comment)}`;
  }

  dropConstraint(s: StatementOf<"dropConstraint">): string {
    return `ALTER TABLE ${this.table(s.table)} DROP CONSTRAINT ${this.quote(s.name)}${s.cascade ? " CASCADE" : ""}`;
  }

  /** A dialect that alters a column by restating it (MODIFY / CHANGE) overrides this; no other emits it. */
  restateColumn(s: StatementOf<"restateColumn">): string {
    return fail(`Altering column ${s.columnName} by restating it whole is not supported by this dialect`);
  }

  alterColumnType(s: StatementOf<"alterColumnType">): string {
    return `${this.alterColumn(s.table, s.columnName)} TYPE ${this.typeSql(s.type)}`;
  }

  /** SQLAlchemy's SetColumnComment. */
  columnComment(s: StatementOf<"columnComment">): string {
    return `COMMENT ON COLUMN ${this.table(s.table)}.${this.quote(s.columnName)} IS ${s.comment === null ? "NULL" : this.stringLiteral(s.comment)}`;
  }

  alterColumnIdentity(_s: StatementOf<"alterColumnIdentity">): string {
    return fail('Adding, removing or modifying an "identity" construct, e.g. GENERATED AS IDENTITY, to or from an existing column is not supported in this dialect.');
  }

  alterColumn(table: TableRef, column: string): string {
    return `ALTER TABLE ${this.alembicTable(table)} ALTER COLUMN ${this.quote(column)}`;
  }

  createEnum(_t: SqlType): string {
    return fail("this dialect has no CREATE TYPE");
  }
  dropEnum(_t: SqlType): string {
    return fail("this dialect has no DROP TYPE");
  }

  /** Text after the closing parenthesis of CREATE TABLE (SQLAlchemy's post_create_table). */
  postCreateTable(_table: Table): string {
    return "";
  }

  createTable(table: Table): string {
    let text = "\nCREATE ";
    if (table.prefixes.length > 0) text += table.prefixes.join(" ") + " ";
    text += `TABLE ${this.table(table)} (`;
    let separator = "\n";
    for (const column of table.columns) {
      if (column.system) continue;
      let spec: string;
      try {
        spec = this.createColumn(table, column);
      } catch (err) {
        // SQLAlchemy names the column in CreateTable's CompileErrors (an ArgumentError passes as it is).
        if (err instanceof ArgumentError) throw err;
        throw new RetortError(`(in table '${table.name}', column '${column.name ?? column.key}'): ${compileErrorText(err, messageOf(err))}`, { cause: err });
      }
      text += separator + "\t" + spec;
      separator = ", \n";
    }
    const constraints = [table.primaryKey as Constraint, ...table.constraints]
      .filter((c) => !(this.supportsAlter && isKind(c, "foreignKeyConstraint") && (c as ForeignKeyConstraint).useAlter))
      .map((c) => this.constraint(table, c))
      .filter((x) => x !== "");
    if (constraints.length > 0) text += separator + "\t" + constraints.join(", \n\t");
    text += `\n)${this.postCreateTable(table)}\n\n`;
    return text;
  }

  /** An index name, truncated like a constraint name; the schema prefix is for DROP INDEX. */
  indexName(table: Table | null, index: Index, includeSchema: boolean): string {
    const n = table === null
      ? (index.name === null ? null : { name: String(index.name), converted: typeof index.name !== "string" })
      : effectiveName(index, table);
    if (n === null) return fail("An index needs a name (give one, or a naming convention with an 'ix' key)");
    const name = this.constraintName(n);
    const schema = table?.schema ?? index.tableSchema;
    return includeSchema && schema !== null && schema !== "" ? this.quote(schema) + "." + name : name;
  }

  indexElement(table: Table, e: Index["elements"][number]): string {
    if ("column" in e) return this.columnNameOf(table, e.column);
    return isKind(e.expr, "columnClause") || isKind(e.expr, "text") || isKind(e.expr, "literalColumn")
      ? this.expr(e.expr)
      : this.selfGroup(e.expr);
  }

  /** SQLAlchemy's self_group(): a binary expression gets parentheses inside a list. */
  selfGroup(e: SqlExpr): string {
    return isKind(e, "binary") ? `(${this.expr(e)})` : this.expr(e);
  }

  createIndex(table: Table, index: Index, ifNotExists: boolean): string {
    let text = "CREATE ";
    if (index.unique) text += "UNIQUE ";
    text += "INDEX ";
    if (ifNotExists) text += "IF NOT EXISTS ";
    text += `${this.indexName(table, index, false)} ON ${this.table(table)} `;
    // A reflected index's DESC / NULLS words (SQLAlchemy's column_sorting), by column key.
    const sorting = (index.dialectOptions["_columnSorting"] ?? {}) as Readonly<Record<string, string>>;
    text += "(" + index.elements.map((e) => this.indexElement(table, e) + ("column" in e ? sorting[e.column] ?? "" : "")).join(", ") + ")";
    return text;
  }

  dropIndex(table: Table | null, index: Index, ifExists: boolean): string {
    return `\nDROP INDEX ${ifExists ? "IF EXISTS " : ""}${this.indexName(table, index, true)}`;
  }

  // --- DML ---------------------------------------------------------------------------------
  dmlColumn(t: DmlTarget, key: string): string {
    return this.quote(t.columnNames[key] ?? key);
  }

  dmlValue(t: DmlTarget, key: string, v: unknown): string {
    if (isExpr(v)) return this.expr(v, true);
    return this.literal(v, t.columnTypes[key] ?? null);
  }

  /** SELECT with SQLAlchemy's anonymous labels for functions (`setval_1`) and repeated names (`id_1`). */
  select(s: SelectParts): string {
    // Anonymous labels count per base name: max_1, max_2, anon_1...
    const counts = new Map<string, number>();
    const names = new Set<string>();
    const anon = (base: string): string => {
      const n = (counts.get(base) ?? 0) + 1;
      counts.set(base, n);
      return `${base}_${n}`;
    };
    const cols = s.columns.map((c) => {
      const rendered = this.expr(c, true);
      const label = selectLabel(c);
      if (label.kind === "named") return `${rendered} AS ${this.quote(label.name)}`;
      if (label.kind === "anon") return `${rendered} AS ${this.quote(anon(label.base))}`;
      const name = isKind(c, "columnClause") ? (c as ColumnClause).name : null;
      if (name === null) return rendered;
      if (!names.has(name)) return names.add(name), rendered;
      return `${rendered} AS ${this.quote(anon(name))}`;
    });
    // The tables select_from() names, then those of the columns not already among them.
    const named = new Set(s.froms.flatMap((f) => joinedTables(f)));
    const implicit = [...new Set(s.columns.flatMap((c) => (isKind(c, "columnClause") && (c as ColumnClause).tableName !== null ? [(c as ColumnClause).tableName as string] : [])))]
      .filter((t) => !named.has(t));
    const froms = [...s.froms.map((f) => this.from(f)), ...implicit.map((t) => this.quote(t))];
    const from = froms.length === 0 ? "" : ` \nFROM ${froms.join(", ")}`;
    const where = s.whereClauses.length === 0 ? "" : " \nWHERE " + this.criteria(s.whereClauses);
    const orderBy = s.orderBy.length === 0 ? "" : " ORDER BY " + s.orderBy.map((o) => this.expr(o, true)).join(", ");
    const limit = s.limitValue === null && s.offsetValue === null ? "" : this.limitClause(s.limitValue, s.offsetValue);
    return `SELECT ${cols.join(", ")}${from}${where}${orderBy}${limit}`;
  }

  /** A table or join in FROM. */
  private from(f: DmlTarget | Join): string {
    if (!isKind(f, "join")) return this.table(f as DmlTarget);
    const j = f as Join;
    return `${this.from(j.left)} ${this.joinKeyword(j.isOuter)} ${this.table(j.right)} ON ${this.expr(j.onclause, true)}`;
  }

  /** SQLAlchemy's visit_join words. */
  protected joinKeyword(isOuter: boolean): string {
    return isOuter ? "LEFT OUTER JOIN" : "JOIN";
  }

  /** SQLAlchemy's limit_clause (the default compiler's; dialects differ). */
  protected limitClause(limit: number | null, offset: number | null): string {
    let text = limit === null ? "" : `\n LIMIT ${limit}`;
    if (offset !== null) text += (limit === null ? "\n LIMIT -1" : "") + ` OFFSET ${offset}`;
    return text;
  }

  /** WHERE clauses: one as it is, several joined as and_() joins them. */
  criteria(clauses: readonly SqlExpr[]): string {
    if (clauses.length === 1) return this.criterion(clauses[0]!);
    return clauses.map((w) => (isKind(w, "booleanList") ? this.grouped(w, "AND", true) : this.criterion(w))).join(" AND ");
  }

  /**
   * A WHERE criterion. A bare true()/false() there is a comparison where the dialect has no
   * boolean type (SQLAlchemy renders `1 = 1` on SQLite, `true = 1` on MySQL).
   */
  criterion(w: SqlExpr): string {
    const word = isKind(w, "keyword") ? (w as { readonly word: string }).word : null;
    if (word !== "true" && word !== "false") return this.expr(w, true);
    const literal = this.booleanLiteral(word === "true");
    return this.supportsNativeBoolean ? literal : `${literal} = 1`;
  }

  dml(s: DmlStatement): string {
    const clause = dialectClauseOf(s);
    if (clause !== null && !this.dialectClauses.includes(clause.kind)) {
      fail(`${clause.call} cannot be rendered on this database: it is for ${clause.renderedOn}`);
    }
    if (isKind(s, "select")) return this.select(s as SelectParts);
    const t = (s as Exclude<DmlStatement, { columns: unknown }>).table;
    if (isKind(s, "insert")) {
      const ins = s as Extract<DmlStatement, { rows: unknown }>;
      const keys = t.columnOrder.filter((k) => ins.rows.some((r) => k in r));
      for (const r of ins.rows) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k);
      const rows = ins.rows.map((r) => "(" + keys.map((k) => (k in r ? this.dmlValue(t, k, r[k]) : "NULL")).join(", ") + ")");
      if (keys.length === 0) return `INSERT INTO ${this.table(t)} DEFAULT VALUES`;
      return `INSERT INTO ${this.table(t)} (${keys.map((k) => this.dmlColumn(t, k)).join(", ")}) VALUES ${rows.join(", ")}`;
    }
    const where = s.whereClauses.length === 0 ? "" : " WHERE " + this.criteria(s.whereClauses);
    if (isKind(s, "update")) {
      const up = s as Extract<DmlStatement, { set: unknown }>;
      const keys = [...t.columnOrder.filter((k) => k in up.set), ...Object.keys(up.set).filter((k) => !t.columnOrder.includes(k))];
      return `UPDATE ${this.table(t)} SET ${keys.map((k) => `${this.dmlColumn(t, k)}=${this.dmlValue(t, k, up.set[k])}`).join(", ")}${where}`;
    }
    return `DELETE FROM ${this.table(t)}${where}`;
  }
}

/** The names of the tables a FROM item reads. */
function joinedTables(f: DmlTarget | Join): string[] {
  return isKind(f, "join") ? [...joinedTables((f as Join).left), (f as Join).right.name] : [(f as DmlTarget).name];
}

/** SQLAlchemy's FK_ON_DELETE / FK_ON_UPDATE phrase check. */
const FK_ACTION = /^(?:RESTRICT|CASCADE|SET NULL|NO ACTION|SET DEFAULT)$/i;
