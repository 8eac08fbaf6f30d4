await op.createTable(
  "note",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("body", sa.String()),
);
