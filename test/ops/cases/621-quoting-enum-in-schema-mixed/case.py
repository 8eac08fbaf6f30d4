op.create_table(
    "Ticket",
    sa.Column("Status", sa.Enum("Open", "Closed", name="TicketStatus", schema="Support")),
    schema="Support",
)
