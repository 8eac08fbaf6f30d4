await op.addColumn(
  "t",
  sa.Column("created_at", sa.DateTime(), { serverDefault: sa.text("CURRENT_TIMESTAMP") }),
);
