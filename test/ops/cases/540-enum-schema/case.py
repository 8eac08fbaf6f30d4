op.create_table(
    "ticket",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("status", sa.Enum("new", "closed", name="ticket_status", schema="support")),
    schema="support",
)
