const status = postgresql.ENUM("new", "closed", { name: "ticket_status", createType: false });
await status.create(op.getBind());
await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("status", status),
);
