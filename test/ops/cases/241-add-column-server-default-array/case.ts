await op.addColumn(
  "account",
  sa.Column("tags", postgresql.ARRAY(sa.Text()), { serverDefault: "{}" }),
);
