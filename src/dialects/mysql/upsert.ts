/**
 * `mysql.insert(t).on_duplicate_key_update(...)`: SQLAlchemy's MySQL INSERT ... ON DUPLICATE KEY
 * UPDATE, with `stmt.inserted.<column>` for the row proposed for insertion (`VALUES(col)`).
 */
import { func, column, type FuncCall } from "../../schema/expressions.js";
import { insertInto, type DialectClause, type DmlTarget, type InsertStatement } from "../../schema/dml.js";
import { isKind, isOptions } from "../../schema/item.js";
import { expectArg } from "../../util/expect-arg.js";
import { fail } from "../../util/errors.js";
import { NamedBinds, type BindCompiler } from "../base/named-binds.js";

export interface OnDuplicateKey {
  /** Column key -> value or expression, in the order given. */
  readonly update: Readonly<Record<string, unknown>>;
}

export interface MysqlInsertStatement extends InsertStatement {
  readonly onDuplicateKey: OnDuplicateKey | null;
  readonly dialectClause: DialectClause | null;
  /** The proposed row, as in `on_duplicate_key_update({ v: stmt.inserted.v })`. */
  readonly inserted: Readonly<Record<string, FuncCall>>;
  values(...rows: (Record<string, unknown> | Record<string, unknown>[])[]): MysqlInsertStatement;
  execution_options(o: Record<string, unknown>): MysqlInsertStatement;
  executionOptions(o: Record<string, unknown>): MysqlInsertStatement;
  /** SQLAlchemy's Python name, as the contract keeps method names, and its camelCase twin. */
  on_duplicate_key_update(update: Record<string, unknown>): MysqlInsertStatement;
  onDuplicateKeyUpdate(update: Record<string, unknown>): MysqlInsertStatement;
}

function mysqlInsert(base: InsertStatement, onDuplicateKey: OnDuplicateKey | null): MysqlInsertStatement {
  const t = base.table;
  // inserted.<col> renders as VALUES(col): a function of the column, as SQLAlchemy substitutes it.
  const inserted = Object.freeze(Object.fromEntries(
    t.columnOrder.map((k) => [k, func["VALUES"]!(column(t.columnNames[k] ?? k, t.columnTypes[k]))]),
  ));
  const update = (u: Record<string, unknown>) => {
    expectArg("on_duplicate_key_update", "update", "an object of column values", isOptions(u), u);
    if (Object.keys(u).length === 0) fail("update parameter must be a non-empty dictionary or a ColumnCollection such as the `.c.` collection of a Table object");
    return mysqlInsert(base, Object.freeze({ update: Object.freeze({ ...u }) }));
  };
  const self: MysqlInsertStatement = Object.freeze({
    ...base,
    execution_options: (_o: Record<string, unknown>) => self,
    executionOptions: (_o: Record<string, unknown>) => self,
    onDuplicateKey,
    dialectClause: onDuplicateKey === null ? null : Object.freeze({
      kind: "onDuplicateKey",
      call: "mysql.insert(...).on_duplicate_key_update()",
      renderedOn: "MySQL and MariaDB",
    }),
    inserted,
    values: (...rows: (Record<string, unknown> | Record<string, unknown>[])[]) => mysqlInsert(base.values(...rows), onDuplicateKey),
    on_duplicate_key_update: update,
    onDuplicateKeyUpdate: update,
  });
  return self;
}

/** `mysql.insert(table)`. */
export function insert(table: DmlTarget): MysqlInsertStatement {
  expectArg("mysql.insert", "table", "a table (sa.table(...) or sa.Table(...))", isKind(table, "table") || isKind(table, "tableClause"), table);
  return mysqlInsert(insertInto(table), null);
}

/**
 * MySQLCompiler.visit_on_duplicate_key_update: one `col = value` per column of the table that the
 * update names, in the table's column order (keys naming no column are left out, as SQLAlchemy
 * leaves them out with a warning).
 */
export function onDuplicateKeySql(c: BindCompiler, t: DmlTarget, o: OnDuplicateKey, offline: boolean): string {
  const binds = new NamedBinds(c, offline);
  const sets = t.columnOrder.filter((k) => k in o.update).map((k) =>
    `${c.quote(t.columnNames[k] ?? k)} = ${binds.render(o.update[k], false, "param", t.columnTypes[k] ?? null)}`);
  return "ON DUPLICATE KEY UPDATE " + sets.join(", ");
}
