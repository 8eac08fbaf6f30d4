import type { DialectPlugin } from "../plugin.js";

/**
 * SQLAlchemy 1.4's MySQLDialect.construct_arguments, which MariaDBDialect inherits: any Table
 * option ("*": they become ENGINE=, CHARSET=...), four Index options, a PRIMARY KEY's USING;
 * nothing on the other constructs.
 */
const ACCEPTED_KWARGS: DialectPlugin["acceptedKwargs"] = {
  Table: ["*"],
  Index: ["using", "length", "prefix", "with_parser"],
  PrimaryKeyConstraint: ["using"],
  UniqueConstraint: [],
  CheckConstraint: [],
  ForeignKeyConstraint: [],
  Column: [],
};

/** `mysql://` and its `mysql*` keywords. */
export const mysqlPlugin: DialectPlugin = {
  name: "mysql",
  backends: ["mysql"],
  acceptedKwargs: ACCEPTED_KWARGS,
  load: async () => (await import("./index.js")).mysqlDialect,
};

/** `mariadb://` and its `mariadb*` keywords: the same dialect as a MariaDB variant (SQLAlchemy's MariaDBDialect). */
export const mariadbPlugin: DialectPlugin = {
  name: "mariadb",
  backends: ["mariadb"],
  acceptedKwargs: ACCEPTED_KWARGS,
  load: async () => (await import("./index.js")).mariadbDialect,
};
