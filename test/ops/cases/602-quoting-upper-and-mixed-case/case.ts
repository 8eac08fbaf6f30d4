await op.createTable(
  "Account",
  sa.Column("Id", sa.Integer(), { primaryKey: true }),
  sa.Column("FULLNAME", sa.String(50)),
  sa.Column("camelCase", sa.String(50)),
  sa.Column("snake_case", sa.String(50)),
);
