await op.addColumn(
  "account",
  sa.Column("created_at", sa.DateTime(), { serverDefault: sa.func.now() }),
);
