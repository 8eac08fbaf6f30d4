await op.addColumn(
  "account",
  sa.Column("prefs", postgresql.JSONB(), { serverDefault: sa.text("'{}'::jsonb"), nullable: false }),
);
