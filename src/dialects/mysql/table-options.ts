/**
 * The table options MySQL prints after CREATE TABLE's closing parenthesis (MySQLDDLCompiler's
 * post_create_table): every `<dialect>*` keyword of the table (`mysqlEngine` -> ENGINE=InnoDB)
 * and its comment, in declaration order, except that a COLLATE follows its character set and
 * the PARTITION options come last, in their own order.
 */
import type { Table } from "../../schema/table.js";
import { topologicalSort } from "../base/batch-order.js";

const PARTITION_OPTIONS = ["PARTITION_BY", "PARTITIONS", "SUBPARTITIONS", "SUBPARTITION_BY"];

const COLLATE_AFTER: readonly (readonly [string, string])[] = [
  ["DEFAULT_CHARSET", "COLLATE"], ["DEFAULT_CHARACTER_SET", "COLLATE"], ["CHARSET", "COLLATE"], ["CHARACTER_SET", "COLLATE"],
];

const PARTITION_ORDER: readonly (readonly [string, string])[] = [
  ["PARTITION_BY", "PARTITIONS"], ["PARTITION_BY", "SUBPARTITION_BY"], ["PARTITION_BY", "SUBPARTITIONS"],
  ["PARTITIONS", "SUBPARTITIONS"], ["PARTITIONS", "SUBPARTITION_BY"], ["SUBPARTITION_BY", "SUBPARTITIONS"],
];

/** Options whose value is a string literal (reflection's _options_of_type_string, as the compiler compares it). */
const QUOTED = new Set(["COMMENT", "PASSWORD", "CONNECTION"]);
/** Options written with spaces for their underscores. */
const SPACED = new Set(["DATA_DIRECTORY", "INDEX_DIRECTORY", "DEFAULT_CHARACTER_SET", "CHARACTER_SET", "DEFAULT_CHARSET", "DEFAULT_COLLATE"]);
/** Options joined to their value by a space rather than `=` (named after spacing). */
const SPACE_JOINED = new Set(["TABLESPACE", "DEFAULT CHARACTER SET", "CHARACTER SET", "COLLATE"]);

/** `mysqlDefaultCharset` -> DEFAULT_CHARSET, for the dialect's own prefix. */
function optionsOf(table: Table, prefix: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(table.dialectOptions)) {
    if (!key.startsWith(prefix) || !/^[A-Z]/.test(key.slice(prefix.length))) continue;
    out.set(key.slice(prefix.length).replace(/(?<!^)([A-Z])/g, "_$1").toUpperCase(), value);
  }
  if (table.comment !== null) out.set("COMMENT", table.comment);
  return out;
}

export function postCreateTableOptions(table: Table, dialectName: string, literal: (s: string) => string): string {
  const opts = optionsOf(table, dialectName);
  const render = (opt: string): string => {
    const value = opts.get(opt);
    return QUOTED.has(opt) ? literal(String(value)) : String(value);
  };
  const names = [...opts.keys()];
  const out: string[] = [];
  for (const opt of topologicalSort(COLLATE_AFTER, names.filter((n) => !PARTITION_OPTIONS.includes(n)))) {
    const word = SPACED.has(opt) ? opt.replaceAll("_", " ") : opt;
    out.push(word + (SPACE_JOINED.has(word) ? " " : "=") + render(opt));
  }
  for (const opt of topologicalSort(PARTITION_ORDER, names.filter((n) => PARTITION_OPTIONS.includes(n)))) {
    out.push(opt.replaceAll("_", " ") + " " + render(opt));
  }
  return out.join(" ");
}
