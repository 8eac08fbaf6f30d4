await op.addColumn(
  "t",
  sa.Column("c", postgresql.INTERVAL({ fields: "MINUTE TO SECOND", precision: 2 })),
);
