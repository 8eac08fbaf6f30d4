status = postgresql.ENUM("new", "closed", name="ticket_status", create_type=False)
status.create(op.get_bind())
op.create_table(
    "ticket",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("status", status),
)
