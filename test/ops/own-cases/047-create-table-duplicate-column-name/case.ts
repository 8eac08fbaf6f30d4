await op.createTable(
  "t",
  sa.Column("created", sa.DateTime()),
  sa.Column("id", sa.Integer, { primaryKey: true }),
  sa.Column("created", sa.TIMESTAMP()),
);
