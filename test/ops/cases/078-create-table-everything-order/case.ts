await op.createTable(
  "ticket",
  sa.Column("id", sa.Integer(), { primaryKey: true, comment: "pk" }),
  sa.Column(
    "status",
    sa.Enum("new", "closed", { name: "ticket_status" }),
    { nullable: false, index: true },
  ),
  sa.Column("owner", sa.String(50), { comment: "who" }),
  sa.Column("tags", postgresql.ARRAY(sa.Text()), { serverDefault: "{}" }),
  sa.UniqueConstraint("owner", "status", { name: "uq_ticket_owner_status" }),
  sa.Index("ix_ticket_owner", "owner", { postgresqlWhere: sa.text("owner IS NOT NULL") }),
  { schema: "support", comment: "support tickets" },
);
