await op.createTable(
  "t",
  sa.Column(
    "c",
    sa.String(10).with_variant(postgresql.ENUM("a", "b", { name: "ab" }), "postgresql"),
  ),
  sa.Column("id", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), { primaryKey: true }),
);
