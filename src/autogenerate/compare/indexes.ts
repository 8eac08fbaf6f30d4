/** Indexes and unique constraints, by name and by column signature (Alembic's _compare_indexes_and_uniques). */
import type { Op } from "../../operations/handlers.js";
import type { Index, UniqueConstraint } from "../../schema/constraints.js";
import { isKind } from "../../schema/item.js";
import { nameText } from "../../schema/naming-name.js";
import type { Table } from "../../schema/table.js";
import { nameIn } from "../render/ops.js";
import { includeName, includeObject, type AutogenContext } from "./context.js";
import { createIndexFrom, dropConstraintFrom, dropIndexFrom, uniqueOpFrom } from "./constraint-ops.js";

interface Sig {
  readonly isIndex: boolean;
  readonly name: string | null;
  readonly unique: boolean;
  readonly sig: string;
  readonly columns: readonly string[];
  readonly obj: Index | UniqueConstraint;
  readonly table: Table;
}

const indexSig = (ix: Index, t: Table, name: string | null): Sig => {
  const columns = ix.elements.map((e) => ("column" in e ? (t.c[e.column]?.name ?? e.column) : "<expr>"));
  return { isIndex: true, name, unique: ix.unique, sig: columns.join(","), columns, obj: ix, table: t };
};
const uniqueSig = (uq: UniqueConstraint, t: Table, name: string | null): Sig => {
  const columns = uq.columns.map((c) => t.c[c]?.name ?? c);
  return { isIndex: false, name, unique: true, sig: columns.join(","), columns, obj: uq, table: t };
};
const pyList = (cols: readonly string[]) => `[${cols.map((c) => `'${c}'`).join(", ")}]`;

export function compareIndexes(ctx: AutogenContext, schema: string | null, tname: string, conn: Table | null, meta: Table | null): Op[] {
  const out: Op[] = [];
  const isCreate = conn === null;
  const isDrop = meta === null;
  const metaSigs: Sig[] = [];
  if (meta !== null) {
    // Expression indexes: SQLAlchemy 1.4 does not reflect them, so only a new table's are compared.
    for (const ix of meta.indexes) if (isCreate || ix.elements.every((e) => "column" in e)) metaSigs.push(indexSig(ix, meta, nameText(nameIn(ix, meta))));
    for (const c of meta.constraints) if (isKind(c, "uniqueConstraint")) metaSigs.push(uniqueSig(c as UniqueConstraint, meta, nameText(nameIn(c, meta))));
  }
  const parents = { table_name: tname, schema_name: schema };
  const connSigs: Sig[] = [];
  if (conn !== null) {
    // Indexes the database made itself (MySQL's for a foreign key) are not compared, nor the
    // metadata's of the same name (Alembic's MySQLImpl.correct_for_autogen_constraints).
    const implicit = new Set(conn.indexes.filter((ix) => ctx.dialect.autogenImplicitIndex?.(ix, conn) === true).map((ix) => nameText(ix.name)));
    for (let i = metaSigs.length - 1; i >= 0; i--) if (metaSigs[i]!.isIndex && implicit.has(metaSigs[i]!.name)) metaSigs.splice(i, 1);
    const metaUniqueNames = new Set(metaSigs.filter((m) => !m.isIndex && m.name !== null).map((m) => m.name));
    const metaUnnamedUniqueSigs = new Set(metaSigs.filter((m) => !m.isIndex && m.name === null).map((m) => m.sig));
    for (const ix of conn.indexes) {
      if (implicit.has(nameText(ix.name)) || !includeName(ctx, nameText(ix.name), "index", parents)) continue;
      const s = indexSig(ix, conn, nameText(ix.name));
      // A unique key that is a unique constraint too (MySQL): a unique constraint where the
      // metadata has one of its name or columns, else an index (Alembic's _correct_for_uq_duplicates_uix).
      const asUnique = ix.dialectOptions["_duplicatesUnique"] === true && (metaUniqueNames.has(s.name) || metaUnnamedUniqueSigs.has(s.sig));
      connSigs.push(asUnique ? { ...s, isIndex: false } : s);
    }
    if (!isDrop) {
      for (const c of conn.constraints) {
        if (isKind(c, "uniqueConstraint") && includeName(ctx, nameText(c.name), "unique_constraint", parents)) connSigs.push(uniqueSig(c as UniqueConstraint, conn, nameText(c.name)));
      }
    }
  }
  const metaByName = new Map(metaSigs.filter((s) => s.name !== null).map((s) => [s.name as string, s]));
  const unnamedMetaUniques = new Map(metaSigs.filter((s) => s.name === null && !s.isIndex).map((s) => [s.sig, s]));
  const connByName = new Map(connSigs.filter((s) => s.name !== null).map((s) => [s.name as string, s]));
  const connUniqueSigs = new Set(connSigs.filter((s) => !s.isIndex).map((s) => s.sig));

  const added = (s: Sig) => {
    const table = s.table;
    if (s.isIndex) {
      if (!includeObject(ctx, s.obj, s.name, "index", false, null)) return;
      out.push(createIndexFrom(s.obj as Index, tname, schema, nameIn(s.obj, table)));
      ctx.info(`Detected added index '${s.name ?? "None"}' on '${pyList(s.columns)}'`);
    } else {
      if (isCreate || isDrop || !includeObject(ctx, s.obj, s.name, "unique_constraint", false, null)) return;
      out.push(uniqueOpFrom(s.obj as UniqueConstraint, nameIn(s.obj, table), tname, schema));
      ctx.info(`Detected added unique constraint '${s.name ?? "None"}' on '${pyList(s.columns)}'`);
    }
  };
  const removed = (s: Sig) => {
    if (s.isIndex) {
      if (!includeObject(ctx, s.obj, s.name, "index", true, null)) return;
      out.push(dropIndexFrom(s.obj as Index, tname, schema, s.name));
      ctx.info(`Detected removed index '${s.name ?? "None"}' on '${tname}'`);
    } else {
      if (isCreate || isDrop || !includeObject(ctx, s.obj, s.name, "unique_constraint", true, null)) return;
      out.push(dropConstraintFrom(s.obj as UniqueConstraint, s.name ?? "", tname, schema, "unique"));
      ctx.info(`Detected removed unique constraint '${s.name ?? "None"}' on '${tname}'`);
    }
  };
  const sorted = (names: Iterable<string>) => [...names].sort();
  for (const name of sorted([...connByName.keys()].filter((n) => !metaByName.has(n)))) {
    const s = connByName.get(name)!;
    if (!s.isIndex && unnamedMetaUniques.has(s.sig)) continue;
    removed(s);
  }
  for (const name of sorted([...metaByName.keys()].filter((n) => connByName.has(n)))) {
    const m = metaByName.get(name)!;
    const c = connByName.get(name)!;
    if (m.isIndex !== c.isIndex) {
      removed(c);
      added(m);
    } else if (m.unique !== c.unique || m.sig !== c.sig) {
      const what = m.isIndex ? "index" : "unique constraint";
      const msg = [...(m.unique !== c.unique ? [` unique=${c.unique ? "True" : "False"} to unique=${m.unique ? "True" : "False"}`] : []),
        ...(m.sig !== c.sig ? [` columns ${pyTuple(c.columns)} to ${pyTuple(m.columns)}`] : [])];
      ctx.info(`Detected changed ${what} '${name}' on '${tname}':${msg.join(", ")}`);
      removed(c);
      added(m);
    }
  }
  for (const name of sorted([...metaByName.keys()].filter((n) => !connByName.has(n)))) added(metaByName.get(name)!);
  for (const [sig, s] of unnamedMetaUniques) if (!connUniqueSigs.has(sig)) added(s);
  return out;
}

const pyTuple = (cols: readonly string[]) => `(${cols.map((c) => `'${c}'`).join(", ")}${cols.length === 1 ? "," : ""})`;
