op.create_table(
    "event",
    sa.Column("id", sa.BigInteger(), primary_key=True),
)
