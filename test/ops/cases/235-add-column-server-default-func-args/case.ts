await op.addColumn(
  "account",
  sa.Column("id2", postgresql.UUID(), { serverDefault: sa.func.gen_random_uuid() }),
);
