await op.createTable(
  "greeting",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("text", sa.String(50), { serverDefault: "it's" }),
);
