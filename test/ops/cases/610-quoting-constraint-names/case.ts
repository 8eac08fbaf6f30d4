await op.createTable(
  "t",
  sa.Column("Id", sa.Integer()),
  sa.Column("order", sa.Integer()),
  sa.PrimaryKeyConstraint("Id", { name: "PK T" }),
  sa.UniqueConstraint("order", { name: "UQ-order" }),
  sa.CheckConstraint("\"order\" > 0", { name: "CK Order" }),
  sa.Index("IX Order", "order"),
);
