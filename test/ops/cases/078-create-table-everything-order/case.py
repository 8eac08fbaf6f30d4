op.create_table(
    "ticket",
    sa.Column("id", sa.Integer(), primary_key=True, comment="pk"),
    sa.Column("status", sa.Enum("new", "closed", name="ticket_status"), nullable=False, index=True),
    sa.Column("owner", sa.String(50), comment="who"),
    sa.Column("tags", postgresql.ARRAY(sa.Text()), server_default="{}"),
    sa.UniqueConstraint("owner", "status", name="uq_ticket_owner_status"),
    sa.Index("ix_ticket_owner", "owner", postgresql_where=sa.text("owner IS NOT NULL")),
    schema="support",
    comment="support tickets",
)
