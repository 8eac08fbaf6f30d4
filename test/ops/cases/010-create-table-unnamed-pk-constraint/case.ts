await op.createTable(
  "item",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("version", sa.Integer(), { nullable: false }),
  sa.PrimaryKeyConstraint("id", "version"),
);
