await op.addColumn(
  "t",
  sa.Column("c", mysql.ENUM("a", "b", { charset: "utf8mb4", collation: "utf8mb4_bin" })),
);
