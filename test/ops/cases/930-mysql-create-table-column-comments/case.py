op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True, comment="the key"),
    sa.Column("name", sa.String(50), comment="it's the name"),
    comment="All accounts",
)
