op.create_table(
    "ticket",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("status", sa.Enum("new", "open", "closed", name="ticket_status"), nullable=False),
)
