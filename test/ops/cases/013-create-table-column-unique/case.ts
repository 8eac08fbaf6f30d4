await op.createTable(
  "person",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("email", sa.String(255), { unique: true }),
);
