await op.createTable(
  "address",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id")),
  { schema: "app" },
);
