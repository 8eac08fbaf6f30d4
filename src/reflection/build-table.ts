/**
 * The sa.Table that SQLAlchemy 1.4's Inspector.reflect_table builds from a table's inspected
 * dicts: columns (server default as text, the computed expression), the primary key with its
 * name, foreign keys (by column name), indexes and unique constraints (but an index that
 * duplicates a constraint, or a constraint that duplicates an index, once), CHECKs.
 */
import { Column } from "../schema/column.js";
import {
  CheckConstraint, ForeignKeyConstraint, Index, PrimaryKeyConstraint, UniqueConstraint, type Constraint,
} from "../schema/constraints.js";
import { text } from "../schema/expressions.js";
import { Computed } from "../schema/sequence.js";
import { buildTable, type MetaData, type Table, type TableItem } from "../schema/table.js";
import type { InspectedColumn, InspectedTable } from "./inspected.js";

/** SQL text kept verbatim: a colon in it is text, not a bind parameter. */
const verbatim = (sql: string) => text(sql.replaceAll(":", "\\:"));

/** `<dialect>_where` -> `<dialect>Where`: a keyword option as the contract spells it. */
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export interface BuildOptions {
  /** SQLAlchemy's column_reflect event: may change each column's dict before it becomes a Column. */
  readonly columnReflect?: (c: InspectedColumn) => InspectedColumn;
  /** Columns given to the Table beside autoload (Alembic's reflect_args) replace the reflected ones. */
  readonly overrides?: readonly Column[];
}

export function columnFrom(c: InspectedColumn): Column {
  const items = c.computed === undefined ? [] : [Computed(c.computed.sqltext, { persisted: c.computed.persisted })];
  return Column(c.name, c.type, ...(items as never[]), {
    nullable: c.nullable,
    ...(c.default === null ? {} : { serverDefault: verbatim(c.default) }),
    ...(typeof c.autoincrement === "boolean" ? { autoincrement: c.autoincrement } : {}),
    ...(c.comment === undefined || c.comment === null ? {} : { comment: c.comment }),
  });
}

export function tableFromInspected(t: InspectedTable, metadata: MetaData, o: BuildOptions = {}): Table {
  const overrides = new Map((o.overrides ?? []).map((c) => [c.name ?? c.key, c]));
  // The primary key is a PrimaryKeyConstraint, which decides membership whatever the columns say.
  const columns = t.columns.map((raw) => {
    const c = o.columnReflect === undefined ? raw : o.columnReflect(raw);
    return overrides.get(c.name) ?? columnFrom(c);
  });
  const constraints: Constraint[] = [];
  if (t.pk_constraint.constrained_columns.length > 0) constraints.push(PrimaryKeyConstraint(...t.pk_constraint.constrained_columns, { name: t.pk_constraint.name }));
  t.foreign_keys.forEach((fk, i) => {
    const target = fk.referred_schema === null ? fk.referred_table : `${fk.referred_schema}.${fk.referred_table}`;
    const options = { ...fk.options, ...(t.extras.foreignKeyOptions?.[i] ?? {}), name: fk.name };
    constraints.push(ForeignKeyConstraint([...fk.constrained_columns], fk.referred_columns.map((c) => `${target}.${c}`), options));
  });
  const duplicated = new Set<string>();
  for (const uq of t.unique_constraints) {
    if (uq.duplicates_index !== undefined) {
      duplicated.add(uq.duplicates_index);
      continue; // the index stands for it
    }
    constraints.push(UniqueConstraint(...uq.column_names, { name: uq.name }));
  }
  for (const ck of t.check_constraints) constraints.push(CheckConstraint(verbatim(ck.sqltext), { name: ck.name }));
  const indexes = t.indexes.map((ix) => {
    const kw: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(ix.dialect_options ?? {})) kw[camel(k)] = k.endsWith("_where") && typeof v === "string" ? verbatim(v) : v;
    Object.assign(kw, t.extras.indexKwargs?.[ix.name] ?? {});
    // A key that is a unique constraint too (MySQL's duplicates_index): autogenerate compares it
    // as either, as Alembic's _correct_for_uq_duplicates_uix does. "_" keys are Retort's markers.
    if (duplicated.has(ix.name)) kw["_duplicatesUnique"] = true;
    return Index(ix.name, ...ix.column_names, { ...kw, unique: ix.unique === true || ix.unique === 1 });
  });
  const options: Record<string, unknown> = { schema: t.schema, ...(t.comment === null ? {} : { comment: t.comment }), ...(t.extras.tableKwargs ?? {}) };
  return buildTable(t.name, metadata, [...columns, ...constraints, ...indexes] as TableItem[], options);
}

