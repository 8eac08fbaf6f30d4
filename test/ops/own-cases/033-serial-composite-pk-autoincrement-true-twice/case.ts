await op.createTable(
  "a",
  sa.Column("x", sa.Integer(), { primaryKey: true, autoincrement: true }),
  sa.Column("y", sa.Integer(), { primaryKey: true, autoincrement: true }),
);
