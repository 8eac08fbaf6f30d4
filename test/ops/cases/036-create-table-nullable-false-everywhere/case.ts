await op.createTable(
  "t",
  sa.Column("a", sa.Integer(), { nullable: false }),
  sa.Column("b", sa.String(10), { nullable: false, serverDefault: "x" }),
  sa.Column("c", sa.Boolean(), { nullable: true }),
);
