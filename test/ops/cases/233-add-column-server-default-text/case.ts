await op.addColumn(
  "account",
  sa.Column("created_at", sa.DateTime({ timezone: true }), { serverDefault: sa.text("now()") }),
);
