await op.createTable(
  "t",
  sa.Column("c", postgresql.ARRAY(postgresql.ENUM("x", "y", { name: "xy", schema: "s" }))),
  { schema: "s" },
);
