await op.createTable(
  "session",
  sa.Column("token", sa.String(64)),
  sa.PrimaryKeyConstraint("token", { mysqlUsing: "hash" }),
  { mysqlEngine: "MEMORY" },
);
