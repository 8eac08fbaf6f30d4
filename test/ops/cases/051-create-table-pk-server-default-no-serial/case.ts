await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true, serverDefault: sa.text("42") }),
);
