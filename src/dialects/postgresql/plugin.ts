import type { DialectPlugin } from "../plugin.js";

export const postgresqlPlugin: DialectPlugin = {
  name: "postgresql",
  backends: ["postgresql", "pglite"],
  acceptedKwargs: {
    Index: ["using", "where", "ops", "concurrently", "with", "tablespace", "include"],
    Table: ["ignore_search_path", "tablespace", "partition_by", "with_oids", "on_commit", "inherits"],
    CheckConstraint: ["not_valid"],
    ForeignKeyConstraint: ["not_valid"],
    PrimaryKeyConstraint: [],
    UniqueConstraint: [],
  },
  load: async () => (await import("./index.js")).postgresqlDialect,
};
