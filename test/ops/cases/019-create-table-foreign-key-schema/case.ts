await op.createTable(
  "address",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("user_id", sa.Integer()),
  sa.ForeignKeyConstraint(["user_id"], ["auth.user.id"], { name: "fk_addr_user" }),
  { schema: "app" },
);
