/**
 * Dialect keyword arguments (`postgresqlWhere` for Python's `postgresql_where`) are checked
 * against what each dialect accepts for each construct, as SQLAlchemy 1.4 does at construction.
 * Each dialect declares what it accepts (its plug-in); others' keywords pass through untouched.
 */
import { acceptedKwargs } from "../dialects/registry.js";
import { fail } from "../util/errors.js";

/** The prefixes of SQLAlchemy's dialect keyword options (`postgresql_where` -> `postgresqlWhere`). */
type DialectPrefix = "postgresql" | "mysql" | "mariadb" | "sqlite" | "mssql" | "oracle";

/**
 * Dialect keyword options, which any construct or op may carry: typed by prefix, so that a
 * misspelt option of the construct's own (`nulable`) is still a type error.
 */
export type DialectKeywords = { readonly [K in `${DialectPrefix}${Capitalize<string>}`]?: unknown };

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

export function checkDialectKwargs(className: string, options: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(options)) {
    const m = /^([a-z]+)([A-Z]\w*)$/.exec(key);
    if (m === null) continue;
    const [, dialect, rest] = m as unknown as [string, string, string];
    const accepted = acceptedKwargs(dialect, className);
    if (accepted === undefined) continue;
    const arg = snake(rest[0]?.toLowerCase() + rest.slice(1));
    // "*": any keyword of that dialect (MySQL's Table options).
    if (!accepted.includes(arg) && !accepted.includes("*")) {
      fail(`Argument '${dialect}_${arg}' is not accepted by dialect '${dialect}' on behalf of <class 'sqlalchemy.sql.schema.${className}'>`);
    }
  }
}
