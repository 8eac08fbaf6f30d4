await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true, nullable: false }),
  sa.Column("x", sa.Integer(), { nullable: false, serverDefault: sa.text("0") }),
);
