import type { DialectPlugin } from "../plugin.js";

/** SQLAlchemy 1.4's SQLiteDialect.construct_arguments. */
export const sqlitePlugin: DialectPlugin = {
  name: "sqlite",
  backends: ["sqlite"],
  acceptedKwargs: {
    Table: ["autoincrement", "with_rowid"],
    Index: ["where"],
    Column: ["on_conflict_primary_key", "on_conflict_not_null", "on_conflict_unique"],
    PrimaryKeyConstraint: ["on_conflict"],
    UniqueConstraint: ["on_conflict"],
    CheckConstraint: ["on_conflict"],
    ForeignKeyConstraint: ["on_conflict"],
  },
  load: async () => (await import("./index.js")).sqliteDialect,
};
