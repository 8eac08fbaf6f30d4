/**
 * What the MySQL dialect's SQL depends on: which SQLAlchemy dialect it is (`mysql` or
 * `mariadb`, chosen by the URL) and what it knows of the server. Offline that is SQLAlchemy's
 * defaults for the URL; online, what MySQLDialect.initialize() reads on first connect
 * (a `mysql://` URL that reaches a MariaDB server becomes MariaDB-flavoured, keeping its name).
 */
export interface MysqlServer {
  /** SQLAlchemy's dialect name: the prefix of the table and index options it reads (`mysqlLength` or `mariadbLength`). */
  readonly name: "mysql" | "mariadb";
  /** A MariaDB server: its reserved words, and DROP CONSTRAINT (not DROP CHECK) for a CHECK. */
  readonly isMariadb: boolean;
  /** String literals double their backslashes (unless the session's sql_mode has NO_BACKSLASH_ESCAPES). */
  readonly backslashEscapes: boolean;
  /** ANSI_QUOTES in sql_mode: identifiers are quoted with " rather than `. */
  readonly ansiQuotes: boolean;
  /** MariaDB 10.3 and later: a column's non-optional Sequence replaces AUTO_INCREMENT. */
  readonly supportsSequences: boolean;
  /** MySQL 8.0.17 / MariaDB 10.4.5 and later: CAST(x AS FLOAT) is allowed. */
  readonly floatCast: boolean;
}

/** SQLAlchemy's defaults before any connection: what offline (--sql) output assumes. */
export const offlineServer = (name: "mysql" | "mariadb"): MysqlServer =>
  Object.freeze({ name, isMariadb: name === "mariadb", backslashEscapes: true, ansiQuotes: false, supportsSequences: false, floatCast: false });

/** The server's version string (`SELECT VERSION()`) as MySQLDialect._parse_server_version reads it. */
export function parseServerVersion(text: string): { readonly version: readonly number[]; readonly isMariadb: boolean } {
  const version: number[] = [];
  let isMariadb = false;
  for (const token of text.split(/[.\-+]/)) {
    const m = /^(?:(\d+)(?:a|b|c)?|(MariaDB\w*))$/.exec(token);
    if (m === null) continue;
    if (m[2] !== undefined) isMariadb = true;
    else version.push(Number(m[1]));
  }
  return { version, isMariadb };
}

const atLeast = (v: readonly number[], min: readonly number[]): boolean => {
  for (let i = 0; i < min.length; i++) {
    const a = v[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
};

/** MySQLDialect.initialize: the server as the dialect sees it once connected. */
export function onlineServer(name: "mysql" | "mariadb", versionText: string, sqlMode: string): MysqlServer {
  const { version, isMariadb } = parseServerVersion(versionText);
  const modes = sqlMode.toUpperCase().split(",");
  return Object.freeze({
    name,
    isMariadb,
    backslashEscapes: !modes.includes("NO_BACKSLASH_ESCAPES"),
    ansiQuotes: modes.includes("ANSI_QUOTES") || modes.includes("ANSI"),
    supportsSequences: isMariadb && atLeast(version, [10, 3]),
    floatCast: isMariadb ? atLeast(version, [10, 4, 5]) : atLeast(version, [8, 0, 17]),
  });
}
