await op.createTable(
  "item",
  sa.Column("id", sa.Integer(), { nullable: false }),
  sa.Column("sku", sa.String(32), { nullable: false }),
  sa.PrimaryKeyConstraint("id", { name: "pk_item" }),
);
