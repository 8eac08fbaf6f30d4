await op.createTable(
  "doc",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("body", postgresql.JSONB()),
  sa.Column("deleted", sa.Boolean()),
  sa.Index("ix_doc_body", "body", { postgresqlUsing: "gin" }),
  sa.Index("ix_doc_live", "id", { postgresqlWhere: sa.text("NOT deleted") }),
);
