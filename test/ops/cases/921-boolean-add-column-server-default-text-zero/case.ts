await op.addColumn(
  "t",
  sa.Column("active", sa.Boolean(), { serverDefault: sa.text("0"), nullable: false }),
);
