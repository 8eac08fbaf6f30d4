/**
 * What autogenerate needs to know of MySQL and MariaDB (Alembic 1.8.1's MySQLImpl): reflected
 * types render from `mysql`, types compare as compiled DDL with MySQL's synonyms, defaults as
 * the server reports them, and the index a foreign key makes is not the user's.
 */
import type { Index } from "../../schema/constraints.js";
import { isKind } from "../../schema/item.js";
import { nameText } from "../../schema/naming-name.js";
import type { ForeignKeyConstraint } from "../../schema/constraints.js";
import type { Table } from "../../schema/table.js";
import type { SqlType } from "../../schema/types.js";
import { mysqlAttrs } from "./type-attrs.js";
import { mysqlTypeSql } from "./types.js";

/** A reflected type is a mysql.* one (it carries MySQL's attributes), as SQLAlchemy's MySQL reflection returns. */
export function autogenTypeModule(t: SqlType): string | null {
  return mysqlAttrs(t) !== null ? "mysql" : null;
}

/** generic_repr's non-default MySQL arguments: INTEGER(display_width=11), unsigned, charset... */
export function autogenTypeOptions(t: SqlType): [string, string][] {
  const a = mysqlAttrs(t);
  if (a === null) return [];
  const o: [string, string][] = [];
  if (a.displayWidth != null) o.push(["displayWidth", String(a.displayWidth)]);
  if (a.fsp != null) o.push(["fsp", String(a.fsp)]);
  if (a.unsigned === true) o.push(["unsigned", "true"]);
  if (a.zerofill === true) o.push(["zerofill", "true"]);
  if (a.charset != null) o.push(["charset", JSON.stringify(a.charset)]);
  return o;
}

// MySQLImpl.type_synonyms: DefaultImpl's, then BOOL is TINYINT and JSON is LONGTEXT (MariaDB's JSON).
const SYNONYMS: readonly (readonly string[])[] = [["numeric", "decimal"], ["bool", "tinyint"], ["json", "longtext"]];
// MySQLImpl.type_arg_extract.
const ARG_EXTRACT = [/character set ([\w\-_]+)/, /collate ([\w\-_]+)/];

interface Params { readonly token0: string; readonly tokens: string[]; readonly args: string[] }

/** DefaultImpl._tokenize_column_type over MySQL's DDL for the type. */
function tokenize(t: SqlType): Params {
  const definition = mysqlTypeSql(t, "mysql").toLowerCase();
  const terms: string[] = [];
  let paren: string | null = null;
  for (const m of definition.matchAll(/[\w\-_]+|\(.+?\)/g)) {
    if (/^\(.*\)$/.test(m[0])) paren = m[0];
    else terms.push(m[0]);
  }
  const args = paren === null ? [] : [...paren.matchAll(/[^(),]+/g)].map((x) => x[0].trim()).filter((x) => !x.includes("="));
  return { token0: terms[0] ?? "", tokens: terms.slice(1), args };
}

/** DefaultImpl.compare_type with MySQL's synonyms and argument extraction: whether the types match. */
export function typesEquivalent(reflected: SqlType, declared: SqlType): boolean | null {
  const a = tokenize(reflected);
  const b = tokenize(declared);
  if (a.token0 !== b.token0) {
    const all = (p: Params) => [p.token0, ...p.tokens].join(" ");
    const same = SYNONYMS.some((s) => (s.includes(all(a)) && s.includes(all(b))) || (s.includes(a.token0) && s.includes(b.token0)));
    if (!same) return false;
  }
  const differ = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.some((v, i) => v !== y[i]);
  if (differ(a.tokens, b.tokens) || differ(a.args, b.args)) return false;
  const insp = a.tokens.join(" ");
  const meta = b.tokens.join(" ");
  for (const re of ARG_EXTRACT) {
    const mi = re.exec(insp);
    const mm = re.exec(meta);
    if (mi !== null && mm !== null && mi[1] !== mm[1]) return false;
  }
  return true;
}

/**
 * A default as MySQL and MariaDB report it back, for comparing: a quoted number loses its quotes
 * (MySQLImpl.compare_server_default for integers), and a function loses case and empty
 * parentheses (MariaDB's `current_timestamp()` is CURRENT_TIMESTAMP).
 */
export function normalizeServerDefault(sql: string): string {
  let s = sql.trim();
  while (/^\((.*)\)$/s.test(s)) s = s.slice(1, -1).trim();
  if (/^'-?\d+(\.\d+)?'$/.test(s)) return s.slice(1, -1);
  if (s.startsWith("'")) return s;
  return s.toLowerCase().replace(/\(\)$/, "").replace(/ on update (.*?)(\(\))?$/, " on update $1");
}

/**
 * MySQL's implicit index for a foreign key: not unique, named after one of its columns or after
 * a foreign key on that column (MySQLImpl.correct_for_autogen_constraints).
 */
export function autogenImplicitIndex(ix: Index, table: Table): boolean {
  if (ix.unique) return false;
  const fks = table.constraints.filter((c): c is ForeignKeyConstraint => isKind(c, "foreignKeyConstraint"));
  const name = nameText(ix.name);
  for (const e of ix.elements) {
    if (!("column" in e)) continue;
    const col = table.c[e.column]?.name ?? e.column;
    if (name === col) return true;
    if (fks.some((fk) => fk.columns.includes(col) && nameText(fk.name) === name)) return true;
  }
  return false;
}
