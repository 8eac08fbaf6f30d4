await op.createTable(
  "country",
  sa.Column("code", sa.String(2), { primaryKey: true }),
  sa.Column("name", sa.String(100), { nullable: false }),
);
