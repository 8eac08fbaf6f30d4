await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column(
    "status",
    sa.Enum("new", "done", { name: "ck_status", nativeEnum: false, createConstraint: true }),
  ),
);
