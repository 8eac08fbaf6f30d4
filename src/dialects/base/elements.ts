/** Statements for executable DDL constructs (`sa.schema.CreateTable(t)`, `t.create(bind)`, `sa.DDL`...). */
import type { DdlElement } from "../../schema/ddl-elements.js";
import { isKind } from "../../schema/item.js";
import { effectiveName } from "../../schema/naming.js";
import { ownerOf } from "../../schema/owner.js";
import type { Constraint, ForeignKeyConstraint, Index } from "../../schema/constraints.js";
import type { MetaData, Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";
import { fail } from "../../util/errors.js";
import { createTableStatement, enumsToCreate, stubTable, tableCreateStatements, type ImplContext } from "./impl.js";
import type { Statement } from "./statements.js";

function tableOf(item: Constraint | Index, what: string): Table {
  return ownerOf(item) ?? fail(`${what} is not associated with a Table`);
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
      return [createTableStatement(el.table, ctx)];
    case "DropTable":
      return [{ kind: "dropTable", table: el.table, ifExists: false }];
    case "AddConstraint": {
      const table = tableOf(el.constraint, "Constraint");
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
      return tableCreateStatements(el.table, ctx, true);
    case "TableDrop":
      return [{ kind: "dropTable", table: el.table, ifExists: false }];
    case "MetaDataCreate": {
      const tables = sortTables(el.metadata);
      const seen = new Set<string>();
      const enums: SqlType[] = [];
      for (const t of tables) {
        for (const e of enumsToCreate(t, ctx)) {
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
