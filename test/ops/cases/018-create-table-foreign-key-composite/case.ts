await op.createTable(
  "line",
  sa.Column("order_id", sa.Integer(), { nullable: false }),
  sa.Column("order_version", sa.Integer(), { nullable: false }),
  sa.Column("n", sa.Integer(), { nullable: false }),
  sa.PrimaryKeyConstraint("order_id", "order_version", "n"),
  sa.ForeignKeyConstraint(
    ["order_id", "order_version"],
    ["orders.id", "orders.version"],
    { match: "FULL" },
  ),
);
