op.create_table(
    "t",
    sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=False),
)
