await op.addColumn(
  "t",
  sa.Column("c", postgresql.ENUM("new", "open", { name: "status", createType: false })),
);
