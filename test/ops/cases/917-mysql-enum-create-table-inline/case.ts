await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column(
    "status",
    sa.Enum("new", "open", "closed", { name: "ticket_status" }),
    { nullable: false },
  ),
);
