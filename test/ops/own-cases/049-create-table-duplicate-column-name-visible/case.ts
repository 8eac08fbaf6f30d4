await op.createTable(
  "t",
  sa.Column("created", sa.Date(), { nullable: false }),
  sa.Column("id", sa.Integer, { primaryKey: true }),
  sa.Column("created", sa.TIMESTAMP({ timezone: true })),
);
