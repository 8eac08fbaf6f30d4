await op.addColumn(
  "account",
  sa.Column("status", sa.String(20), { serverDefault: "active", nullable: false }),
);
