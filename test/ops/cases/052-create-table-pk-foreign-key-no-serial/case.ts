await op.createTable(
  "profile",
  sa.Column("user_id", sa.Integer(), sa.ForeignKey("user.id"), { primaryKey: true }),
);
