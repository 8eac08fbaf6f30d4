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

/** The dialect options of a construct that has none: one shared empty object. */
export const NO_DIALECT_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The options of `o` that its construct does not take itself (`own`): the dialects' keywords,
 * checked against what each dialect accepts for `className` when it is given.
 */
export function dialectOptionsOf(o: object, own: ReadonlySet<string>, className?: string): Readonly<Record<string, unknown>> {
  let options: Record<string, unknown> | null = null;
  for (const k in o) if (!own.has(k)) (options ??= {})[k] = (o as Record<string, unknown>)[k];
  if (options === null) return NO_DIALECT_OPTIONS;
  if (className !== undefined) checkDialectKwargs(className, options);
  return Object.freeze(options);
}

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
