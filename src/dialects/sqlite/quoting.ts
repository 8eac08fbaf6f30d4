/**
 * SQLite identifier quoting, as SQLAlchemy 1.4's SQLiteIdentifierPreparer does: quote only a
 * reserved word, a name with an illegal character or first character, or a name that is not
 * all lowercase.
 */
import { makeQuoting, type Quoting } from "../base/quoting.js";

/** The words SQLAlchemy 1.4's SQLite dialect quotes (its reserved_words). */
export const SQLITE_RESERVED_WORDS: ReadonlySet<string> = new Set([
  "add", "after", "all", "alter", "analyze", "and", "as", "asc", "attach", "autoincrement", "before", "begin",
  "between", "by", "cascade", "case", "cast", "check", "collate", "column", "commit", "conflict", "constraint",
  "create", "cross", "current_date", "current_time", "current_timestamp", "database", "default", "deferrable",
  "deferred", "delete", "desc", "detach", "distinct", "drop", "each", "else", "end", "escape", "except",
  "exclusive", "exists", "explain", "false", "fail", "for", "foreign", "from", "full", "glob", "group", "having",
  "if", "ignore", "immediate", "in", "index", "indexed", "initially", "inner", "insert", "instead", "intersect",
  "into", "is", "isnull", "join", "key", "left", "like", "limit", "match", "natural", "not", "notnull", "null",
  "of", "offset", "on", "or", "order", "outer", "plan", "pragma", "primary", "query", "raise", "references",
  "reindex", "rename", "replace", "restrict", "right", "rollback", "row", "select", "set", "table", "temp",
  "temporary", "then", "to", "transaction", "trigger", "true", "union", "unique", "update", "using", "vacuum",
  "values", "view", "virtual", "when", "where",
]);

export const sqliteQuoting: Quoting = makeQuoting(SQLITE_RESERVED_WORDS);

export const quoteIdentifier = (name: string): string => sqliteQuoting.quote(name);
