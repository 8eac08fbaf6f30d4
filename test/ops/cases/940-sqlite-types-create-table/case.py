op.create_table(
    "event",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("at", sqlite.DATETIME(), nullable=False),
    sa.Column("day", sqlite.DATE()),
    sa.Column("payload", sqlite.JSON()),
)
