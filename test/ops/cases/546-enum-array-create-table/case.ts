await op.createTable(
  "t",
  sa.Column("colors", postgresql.ARRAY(sa.Enum("r", "g", { name: "color" }))),
);
