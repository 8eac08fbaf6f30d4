await op.createTable(
  "account",
  sa.Column("id", sa.Integer(), sa.Identity(), { primaryKey: true }),
  sa.Column("name", sa.String(50)),
);
