/** Statements for executable DDL constructs (`sa.schema.CreateTable(t)`, `t.create(bind)`, `sa.DDL`...). */
import type { DdlElement } from "../../schema/ddl-elements.js";
import { isKind } from "../../schema/item.js";
import { effectiveName } from "../../schema/naming.js";
import { ownerOf } from "../../schema/owner.js";
import type { Constraint, ForeignKeyConstraint, Index } from "../../schema/constraints.js";
import { referredTable, tableKey, type MetaData, type Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { createTableStatement, enumsToCreate, stubTable, tableCreateStatements, type ImplContext } from "./impl.js";
import type { Statement } from "./statements.js";

function tableOf(item: Constraint | Index, what: string): Table {
  return ownerOf(item) ?? fail(`${what} is not associated with a Table`);
}

/**
 * SQLAlchemy resolves a foreign key's target table in the Table's MetaData when it compiles
 * or sorts it; a user-built Table pointing at a table its MetaData lacks fails there. (Alembic's
 * own ops add stub referent tables first, so they never get here.)
 */
function checkForeignKeyTargets(table: Table, only: Constraint | null = null): void {
  for (const c of only === null ? table.constraints : [only]) {
    if (!isKind(c, "foreignKeyConstraint")) continue;
    const fk = c as ForeignKeyConstraint;
    fk.refColumns.forEach((spec, i) => {
      if (referredTable(table.metadata, spec) !== null) return;
      const parts = spec.split(".");
      const column = parts.pop() ?? "";
      const name = parts.pop() ?? "";
      const schema = parts.length > 0 ? parts.join(".") : table.metadata.schema;
      const key = fk.columns[i] ?? "";
      const localName = table.c[key]?.name ?? key;
      fail(`Foreign key associated with column '${table.name}.${localName}' could not find table '${tableKey(name, schema)}' ` +
        `with which to generate a foreign key to target column '${column}'`);
    });
  }
}

function indexTable(index: Index, ctx: ImplContext): Table {
  return ownerOf(index) ?? stubTable(ctx, index.tableName ?? "no_table", index.tableSchema, []);
}

/**
 * SQLAlchemy's sort_tables: by name, then parents (referred tables) before children.
 * Declaration order breaks no ties, so the result is stable on every machine.
 */
export function sortTables(md: MetaData): Table[] {
  const tables = [...md.tables.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const byName = new Map(tables.map((t) => [t.schema === null ? t.name : `${t.schema}.${t.name}`, t]));
  const out: Table[] = [];
  const seen = new Set<Table>();
  const visit = (t: Table, path: Set<Table>) => {
    if (seen.has(t) || path.has(t)) return;
    path.add(t);
    for (const c of t.constraints) {
      if (!isKind(c, "foreignKeyConstraint")) continue;
      for (const spec of (c as ForeignKeyConstraint).refColumns) {
        const parent = byName.get(spec.split(".").slice(0, -1).join("."));
        if (parent !== undefined && parent !== t) visit(parent, path);
      }
    }
    seen.add(t);
    out.push(t);
  };
  for (const t of tables) visit(t, new Set());
  return out;
}

export function elementStatements(el: DdlElement, ctx: ImplContext): Statement[] {
  switch (el.element) {
    case "DDL":
      return [{ kind: "raw", sql: el.text }];
    case "CreateTable":
      checkForeignKeyTargets(el.table);
      return [createTableStatement(el.table, ctx)];
    case "DropTable":
      return [{ kind: "dropTable", table: el.table, ifExists: false }];
    case "AddConstraint": {
      const table = tableOf(el.constraint, "Constraint");
      checkForeignKeyTargets(table, el.constraint);
      return [{ kind: "addConstraint", table, constraint: el.constraint }];
    }
    case "DropConstraint": {
      const table = tableOf(el.constraint, "Constraint");
      const n = effectiveName(el.constraint, table) ?? fail("Can't emit DROP CONSTRAINT for constraint; it has no name");
      return [{ kind: "dropConstraint", table, name: n.name, type: null, cascade: el.cascade }];
    }
    case "CreateIndex":
      return [{ kind: "createIndex", table: indexTable(el.index, ctx), index: el.index, ifNotExists: false }];
    case "DropIndex":
      return [{ kind: "dropIndex", table: indexTable(el.index, ctx), index: el.index, ifExists: false }];
    case "CreateSequence":
      return [{ kind: "createSequence", sequence: el.sequence }];
    case "DropSequence":
      return [{ kind: "dropSequence", sequence: el.sequence }];
    case "CreateEnum":
      return [{ kind: "createEnum", type: el.type }];
    case "DropEnum":
      return [{ kind: "dropEnum", type: el.type }];
    case "TableCreate":
      checkForeignKeyTargets(el.table);
      return tableCreateStatements(el.table, ctx, true);
    case "TableDrop":
      return [{ kind: "dropTable", table: el.table, ifExists: false }];
    case "MetaDataCreate": {
      for (const t of el.metadata.tables.values()) checkForeignKeyTargets(t);
      const tables = sortTables(el.metadata);
      const seen = new Set<string>();
      const enums: SqlType[] = [];
      for (const t of tables) {
        for (const e of enumsToCreate(t, ctx, true)) {
          const key = `${e.enumSpec?.schema ?? ""}.${e.enumSpec?.name ?? ""}`;
          if (!seen.has(key)) (seen.add(key), enums.push(e));
        }
      }
      const rest = tables.flatMap((t) => tableCreateStatements(t, ctx, true).filter((s) => s.kind !== "createEnum"));
      return [...enums.map((type) => ({ kind: "createEnum" as const, type })), ...rest];
    }
    case "MetaDataDrop":
      return sortTables(el.metadata).reverse().map((table) => ({ kind: "dropTable" as const, table, ifExists: false }));
  }
}
