await op.createTable(
  "product",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("price", sa.Numeric(10, 2)),
  sa.Column("discount", sa.Numeric(10, 2)),
  sa.CheckConstraint("price > 0", { name: "ck_product_price_positive" }),
  sa.CheckConstraint("discount < price"),
);
