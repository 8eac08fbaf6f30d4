await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", sa.Enum("new", "closed", { name: "ticket_status" })),
  sa.Column("priority", sa.Enum("low", "high", { name: "ticket_priority" })),
);
