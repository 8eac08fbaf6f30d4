await op.createTable(
  "product",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("qty", sa.Integer()),
  sa.CheckConstraint(sa.text("qty >= 0"), { name: "ck_qty" }),
);
