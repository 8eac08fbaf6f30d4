await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", sa.Enum("new", "closed", { name: "ticket_status", schema: "support" })),
  { schema: "support" },
);
