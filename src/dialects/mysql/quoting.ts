/**
 * MySQL and MariaDB identifier quoting, as SQLAlchemy 1.4's MySQLIdentifierPreparer and
 * MariaDBIdentifierPreparer do: backticks (double quotes under ANSI_QUOTES), and only where a
 * name needs them (a reserved word of that server, an illegal character, not all lowercase).
 */
import { makeQuoting, type Quoting } from "../base/quoting.js";
import { MARIADB_RESERVED_WORDS, MYSQL_RESERVED_WORDS } from "./reserved-words.js";
import type { MysqlServer } from "./server.js";

const QUOTINGS = {
  mysql: makeQuoting(MYSQL_RESERVED_WORDS, "`"),
  mariadb: makeQuoting(MARIADB_RESERVED_WORDS, "`"),
  mysqlAnsi: makeQuoting(MYSQL_RESERVED_WORDS, '"'),
  mariadbAnsi: makeQuoting(MARIADB_RESERVED_WORDS, '"'),
} as const;

export function quotingFor(server: Pick<MysqlServer, "isMariadb" | "ansiQuotes">): Quoting {
  if (server.isMariadb) return server.ansiQuotes ? QUOTINGS.mariadbAnsi : QUOTINGS.mariadb;
  return server.ansiQuotes ? QUOTINGS.mysqlAnsi : QUOTINGS.mysql;
}
