await op.addColumn(
  "t",
  sa.Column("c", postgresql.ENUM("new", "open", "closed", { name: "status" })),
);
