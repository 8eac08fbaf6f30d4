await op.addColumn(
  "account",
  sa.Column("kind", sa.String(10), { serverDefault: sa.text("'basic'") }),
);
