/**
 * One table's catalog rows as SQLAlchemy 1.4's SQLite dialect describes them (get_columns,
 * get_pk_constraint, get_foreign_keys, get_indexes, get_unique_constraints,
 * get_check_constraints): PRAGMA for what SQLite knows, the CREATE TABLE text for names,
 * options, UNIQUE and CHECK clauses, with SQLAlchemy's own regular expressions and quirks.
 */
import type {
  InspectedCheck, InspectedColumn, InspectedForeignKey, InspectedIndex, InspectedTable, InspectedUnique,
} from "../../reflection/inspected.js";
import type { RawIndex, RawTable } from "./catalog.js";
import { resolveTypeAffinity } from "./reflect-types.js";

type Row = Record<string, unknown>;
const str = (v: unknown): string => (v === null || v === undefined ? "" : String(v));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** _get_column_info, over PRAGMA table_xinfo (hidden 1 is a virtual table's hidden column: skipped). */
function columns(t: RawTable): InspectedColumn[] {
  const out: InspectedColumn[] = [];
  for (const r of t.columns) {
    const hidden = Number(r["hidden"] ?? 0);
    if (hidden === 1) continue;
    const name = str(r["name"]);
    const generated = hidden === 2 || hidden === 3;
    // "cc INTEGER GENERATED ALWAYS AS (1 + 42)" reports its type as "INTEGER GENERATED ALWAYS".
    const declared = generated ? str(r["type"]).replace(/generated/gi, "").replace(/always/gi, "").trim() : str(r["type"]);
    const dflt = r["dflt_value"];
    const col: InspectedColumn = {
      name,
      type: resolveTypeAffinity(declared.toUpperCase()),
      nullable: Number(r["notnull"]) === 0,
      default: dflt === null || dflt === undefined ? null : String(dflt),
      autoincrement: "auto",
      primary_key: Number(r["pk"] ?? 0),
    };
    if (!generated) {
      out.push(col);
      continue;
    }
    const m = t.sql === null ? null : new RegExp(escapeRe(name) + String.raw`[^,]*\s+AS\s+\(([^,]*)\)\s*(?:virtual|stored)?`, "i").exec(t.sql);
    out.push({ ...col, computed: { sqltext: m?.[1] ?? "", persisted: hidden === 3 } });
  }
  return out;
}

/** get_pk_constraint: the columns in key order, the name from `CONSTRAINT x PRIMARY KEY`. */
export function primaryKeyOf(t: RawTable): { constrained_columns: string[]; name: string | null } {
  const cols = [...t.columns].filter((r) => Number(r["pk"]) > 0).sort((a, b) => Number(a["pk"]) - Number(b["pk"])).map((r) => str(r["name"]));
  const name = t.sql === null ? null : /CONSTRAINT (\w+) PRIMARY KEY/i.exec(t.sql)?.[1] ?? null;
  return { constrained_columns: cols, name };
}

const colsIn = (sig: string): string[] => [...sig.matchAll(/(?:"(.+?)")|([a-z0-9_]+)/gi)].map((m) => m[1] ?? m[2] ?? "");

const FK_PATTERN = new RegExp(
  String.raw`(?:CONSTRAINT (\w+) +)?FOREIGN KEY *\( *(.+?) *\) +REFERENCES +(?:(?:"(.+?)")|([a-z0-9_]+)) *\((.+?)\) *` +
    String.raw`((?:ON (?:DELETE|UPDATE) (?:SET NULL|SET DEFAULT|CASCADE|RESTRICT|NO ACTION) *)*)((?:NOT +)?DEFERRABLE)?(?: +INITIALLY +(DEFERRED|IMMEDIATE))?`,
  "gi");

type Fk = { -readonly [K in keyof InspectedForeignKey]: InspectedForeignKey[K] extends readonly (infer E)[] ? E[] : InspectedForeignKey[K] };

/**
 * get_foreign_keys: PRAGMA for the keys; the table's SQL for their names and options. The keys
 * SQLAlchemy cannot parse (inline REFERENCES clauses) come last, without options; their actions
 * as PRAGMA reports them are returned beside, for a copy of the table that keeps them.
 */
function foreignKeys(t: RawTable, schema: string | null, pkOf: (table: string) => readonly string[]):
  { keys: InspectedForeignKey[]; pragmaActions: (Readonly<Record<string, string>> | null)[] } {
  const byId = new Map<number, { fk: Fk; actions: Record<string, string> }>();
  for (const r of t.foreignKeys) {
    const id = Number(r["id"]);
    let entry = byId.get(id);
    if (entry === undefined) {
      const to = r["to"];
      const actions: Record<string, string> = {};
      for (const [key, col] of [["ondelete", "on_delete"], ["onupdate", "on_update"]] as const) {
        const v = r[col];
        if (v !== null && v !== undefined && v !== "NO ACTION") actions[key] = String(v);
      }
      entry = {
        fk: {
          name: null, constrained_columns: [], referred_schema: schema, referred_table: str(r["table"]),
          // No referred column: the DDL named none, so it is the referred table's primary key.
          referred_columns: to === null || to === undefined || to === "" ? [...pkOf(str(r["table"]))] : [], options: {},
        },
        actions,
      };
      byId.set(id, entry);
    }
    entry.fk.constrained_columns.push(str(r["from"]));
    if (r["to"] !== null && r["to"] !== undefined && r["to"] !== "") entry.fk.referred_columns.push(str(r["to"]));
  }
  if (t.sql === null) return { keys: [], pragmaActions: [] };
  const sig = (cols: readonly string[], table: string, refs: readonly string[]) => JSON.stringify([...cols, table, ...refs]);
  const pending = new Map([...byId.values()].map((e) => [sig(e.fk.constrained_columns, e.fk.referred_table, e.fk.referred_columns), e]));
  const keys: InspectedForeignKey[] = [];
  const pragmaActions: (Readonly<Record<string, string>> | null)[] = [];
  for (const m of t.sql.matchAll(FK_PATTERN)) {
    const constrained = colsIn(m[2] ?? "");
    const referred = m[5] ? colsIn(m[5]) : constrained;
    const key = sig(constrained, m[3] ?? m[4] ?? "", referred);
    const e = pending.get(key);
    if (e === undefined) continue; // SQLAlchemy warns that PRAGMA does not know it
    pending.delete(key);
    const options: Record<string, string | boolean> = {};
    for (const token of (m[6] ?? "").toUpperCase().split(/ *\bON\b */)) {
      const action = token.slice(6).trim();
      if (token.startsWith("DELETE") && action !== "" && action !== "NO ACTION") options["ondelete"] = action;
      else if (token.startsWith("UPDATE") && action !== "" && action !== "NO ACTION") options["onupdate"] = action;
    }
    if (m[7]) options["deferrable"] = !m[7].toUpperCase().includes("NOT");
    if (m[8]) options["initially"] = m[8].toUpperCase();
    keys.push({ ...e.fk, name: m[1] ?? null, options });
    pragmaActions.push(null);
  }
  for (const e of pending.values()) {
    keys.push(e.fk);
    pragmaActions.push(Object.keys(e.actions).length === 0 ? null : e.actions);
  }
  return { keys, pragmaActions };
}

/** get_indexes (include_auto_indexes as asked): expression indexes skipped, sorted by name. */
function indexes(t: RawTable, withAuto: boolean): InspectedIndex[] {
  const out: InspectedIndex[] = [];
  for (const ix of t.indexes) {
    const name = str(ix.list["name"]);
    if (!withAuto && name.startsWith("sqlite_autoindex")) continue;
    if (ix.columns.some((c) => c["name"] === null)) continue; // an expression: SQLAlchemy skips it, with a warning
    out.push({ name, column_names: ix.columns.map((c) => str(c["name"])), unique: Number(ix.list["unique"]), dialect_options: partialWhere(ix) });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function partialWhere(ix: RawIndex): Record<string, unknown> {
  if (Number(ix.list["partial"] ?? 0) !== 1 || ix.sql === null) return {};
  const where = /\)\s+where\s+(.+)/is.exec(ix.sql)?.[1];
  return where === undefined ? {} : { sqlite_where: where };
}

/** get_unique_constraints: UNIQUE clauses of the table's SQL that SQLite backs with an automatic index. */
function uniques(t: RawTable, all: readonly InspectedIndex[]): InspectedUnique[] {
  if (t.sql === null) return [];
  const bySig = new Map(all.filter((i) => i.name.startsWith("sqlite_autoindex")).map((i) => [JSON.stringify(i.column_names), i]));
  const parsed: [string | null, string[]][] = [
    ...[...t.sql.matchAll(/(?:CONSTRAINT "?(.+?)"? +)?UNIQUE *\((.+?)\)/gi)].map((m): [string | null, string[]] => [m[1] ?? null, colsIn(m[2] ?? "")]),
    ...[...t.sql.matchAll(/(?:(".+?")|(?:[[`])?([a-z0-9_]+)(?:[\]`])?) +[a-z0-9_ ]+? +UNIQUE/gi)].map((m): [string | null, string[]] => [null, colsIn(m[1] ?? m[2] ?? "")]),
  ];
  const found: InspectedUnique[] = [];
  for (const [name, cols] of parsed) {
    const key = JSON.stringify(cols);
    if (!bySig.has(key)) continue;
    bySig.delete(key);
    found.push({ name, column_names: cols });
  }
  return found;
}

/** get_check_constraints: SQLAlchemy's pattern, one CHECK per line of the table's SQL. */
function checks(t: RawTable): InspectedCheck[] {
  if (t.sql === null) return [];
  return [...t.sql.matchAll(/(?:CONSTRAINT (.+) +)?CHECK *\( *(.+) *\),? */gi)].map((m) =>
    ({ name: m[1] === undefined ? null : m[1].replace(/^"|"$/g, ""), sqltext: m[2] ?? "" }));
}

/** The table's inspected dicts; `pkOf` gives another table's primary key columns (for a key naming none). */
export function inspectTable(t: RawTable, schema: string | null, pkOf: (table: string) => readonly string[]): InspectedTable {
  const fks = foreignKeys(t, schema, pkOf);
  const tableKwargs: Record<string, unknown> = {};
  // Beyond SQLAlchemy's dicts, so that a copy keeps them: AUTOINCREMENT and WITHOUT ROWID.
  if (t.sql !== null && /\bAUTOINCREMENT\b/i.test(t.sql)) tableKwargs["sqliteAutoincrement"] = true;
  if (t.sql !== null && /\)\s*WITHOUT\s+ROWID\s*$/i.test(t.sql)) tableKwargs["sqliteWithRowid"] = false;
  return {
    name: t.name,
    schema,
    columns: columns(t),
    pk_constraint: primaryKeyOf(t),
    foreign_keys: fks.keys,
    indexes: indexes(t, false),
    unique_constraints: uniques(t, indexes(t, true)),
    check_constraints: checks(t),
    comment: null,
    options: {},
    extras: { tableKwargs, foreignKeyOptions: fks.pragmaActions },
  };
}


