await op.createTable(
  "blob",
  sa.Column("id", sa.INTEGER(), { autoincrement: true, nullable: false }),
  sa.Column(
    "kind",
    postgresql.ENUM("small", "large", { name: "blob_kind" }),
    { autoincrement: false, nullable: false },
  ),
  sa.Column("tags", postgresql.ARRAY(sa.TEXT()), { autoincrement: false, nullable: true }),
  sa.Column("payload", postgresql.BYTEA(), { autoincrement: false, nullable: true }),
  sa.Column(
    "flag",
    sa.BOOLEAN(),
    { serverDefault: sa.text("false"), autoincrement: false, nullable: false },
  ),
  sa.PrimaryKeyConstraint("id", { name: "blob_pkey" }),
);
