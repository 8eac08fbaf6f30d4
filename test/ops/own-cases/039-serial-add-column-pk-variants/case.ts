await op.addColumn("a", sa.Column("id", sa.BigInteger(), { primaryKey: true }));
await op.addColumn("b", sa.Column("id", sa.Integer(), sa.ForeignKey("c.id"), { primaryKey: true }));
await op.addColumn("d", sa.Column("id", sa.Integer(), { primaryKey: true, autoincrement: false }));
await op.addColumn(
  "e",
  sa.Column("id", sa.Integer(), sa.ForeignKey("c.id"), { primaryKey: true, autoincrement: true }),
);
