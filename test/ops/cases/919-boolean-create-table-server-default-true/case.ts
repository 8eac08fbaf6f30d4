await op.createTable(
  "flag",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("on", sa.Boolean(), { serverDefault: sa.true(), nullable: false }),
);
