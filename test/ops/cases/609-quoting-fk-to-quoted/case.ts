await op.createTable(
  "Order",
  sa.Column("Id", sa.Integer(), { primaryKey: true }),
  sa.Column("UserId", sa.Integer(), sa.ForeignKey("User.Id")),
  sa.Column("group", sa.Integer(), sa.ForeignKey("Auth.Group.Id")),
);
