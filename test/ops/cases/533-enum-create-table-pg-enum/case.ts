await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", postgresql.ENUM("new", "closed", { name: "ticket_status" })),
);
