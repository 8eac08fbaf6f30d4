await op.createTable(
  "a",
  sa.Column("tenant_id", sa.Integer(), { nullable: false }),
  sa.Column("id", sa.BigInteger(), { nullable: false, autoincrement: true }),
  sa.PrimaryKeyConstraint("tenant_id", "id"),
);
await op.createTable(
  "b",
  sa.Column(
    "tenant_id",
    sa.Integer(),
    sa.ForeignKey("tenants.id"),
    { primaryKey: true, autoincrement: true },
  ),
  sa.Column("id", sa.SmallInteger(), { primaryKey: true }),
);
