await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true, autoincrement: true }),
  sa.Column("v", sa.Integer(), { primaryKey: true }),
);
