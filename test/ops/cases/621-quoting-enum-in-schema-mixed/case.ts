await op.createTable(
  "Ticket",
  sa.Column("Status", sa.Enum("Open", "Closed", { name: "TicketStatus", schema: "Support" })),
  { schema: "Support" },
);
