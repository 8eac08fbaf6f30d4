await op.createTable(
  "code",
  sa.Column("id", sa.Integer(), { primaryKey: true, autoincrement: false }),
);
