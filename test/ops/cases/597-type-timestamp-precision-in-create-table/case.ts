await op.createTable(
  "t",
  sa.Column("a", postgresql.TIMESTAMP({ precision: 0, timezone: true })),
  sa.Column("b", postgresql.TIME({ precision: 6 })),
  sa.Column("c", postgresql.INTERVAL({ fields: "SECOND", precision: 2 })),
);
