await op.createTable(
  "a",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("b_id", sa.Integer(), sa.ForeignKey("b.id", { useAlter: true, name: "fk_a_b" })),
);
