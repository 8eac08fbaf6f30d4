await op.createTable(
  "address",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("user_id", sa.Integer(), { nullable: false }),
  sa.ForeignKeyConstraint(["user_id"], ["user.id"]),
);
