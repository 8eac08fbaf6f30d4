await op.createTable(
  "event",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("at", sqlite.DATETIME(), { nullable: false }),
  sa.Column("day", sqlite.DATE()),
  sa.Column("payload", sqlite.JSON()),
);
