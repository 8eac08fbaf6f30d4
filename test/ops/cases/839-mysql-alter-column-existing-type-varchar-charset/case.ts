await op.alterColumn(
  "account",
  "name",
  {
    nullable: false,
    existingType: mysql.VARCHAR(50, { charset: "utf8mb4", collation: "utf8mb4_bin" }),
  },
);
