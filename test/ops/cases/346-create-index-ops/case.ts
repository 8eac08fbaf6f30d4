await op.createIndex(
  "ix_doc_title_trgm",
  "doc",
  ["title"],
  { postgresqlUsing: "gin", postgresqlOps: { title: "gin_trgm_ops" } },
);
