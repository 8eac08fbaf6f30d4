await op.createTable(
  "membership",
  sa.Column("user_id", sa.Integer(), { nullable: false }),
  sa.Column("group_id", sa.BigInteger(), { nullable: false }),
  sa.PrimaryKeyConstraint("user_id", "group_id"),
);
