await op.createTable(
  "gadget",
  sa.Column("id", mysql.INTEGER({ unsigned: true }), { primaryKey: true }),
  sa.Column("name", mysql.VARCHAR(50, { charset: "utf8mb4" }), { nullable: false }),
  sa.Column("size", mysql.ENUM("s", "m", "l"), { serverDefault: "m" }),
  sa.Column("flags", mysql.SET("new", "hot")),
  sa.Column(
    "created",
    mysql.DATETIME({ fsp: 6 }),
    { serverDefault: sa.text("CURRENT_TIMESTAMP(6)") },
  ),
  sa.Column("doc", mysql.JSON()),
  { mysqlEngine: "InnoDB" },
);
