await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("n", sa.Integer(), sa.Identity({ start: 1 })),
);
