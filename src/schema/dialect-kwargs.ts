/**
 * Dialect keyword arguments (`postgresqlWhere` for Python's `postgresql_where`) are checked
 * against what each dialect accepts for each construct, as SQLAlchemy 1.4 does at construction.
 * Only dialects listed here are checked; others' keywords pass through untouched.
 */
import { fail } from "../util/errors.js";

const ACCEPTED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  postgresql: {
    Index: ["using", "where", "ops", "concurrently", "with", "tablespace", "include"],
    Table: ["ignore_search_path", "tablespace", "partition_by", "with_oids", "on_commit", "inherits"],
    CheckConstraint: ["not_valid"],
    ForeignKeyConstraint: ["not_valid"],
    PrimaryKeyConstraint: [],
    UniqueConstraint: [],
  },
};

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

export function checkDialectKwargs(className: string, options: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(options)) {
    const m = /^([a-z]+)([A-Z]\w*)$/.exec(key);
    if (m === null) continue;
    const [, dialect, rest] = m as unknown as [string, string, string];
    const accepted = ACCEPTED[dialect]?.[className];
    if (accepted === undefined) continue;
    const arg = snake(rest[0]?.toLowerCase() + rest.slice(1));
    if (!accepted.includes(arg)) {
      fail(`Argument '${dialect}_${arg}' is not accepted by dialect '${dialect}' on behalf of <class 'sqlalchemy.sql.schema.${className}'>`);
    }
  }
}
