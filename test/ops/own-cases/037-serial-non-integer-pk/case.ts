await op.createTable(
  "s",
  sa.Column("id", sa.String(36), { nullable: false }),
  sa.PrimaryKeyConstraint("id"),
);
await op.createTable("u", sa.Column("id", postgresql.UUID({ asUuid: true }), { primaryKey: true }));
await op.createTable("n", sa.Column("id", sa.Numeric(10, 2), { primaryKey: true }));
await op.createTable("f", sa.Column("id", sa.Float(), { primaryKey: true }));
