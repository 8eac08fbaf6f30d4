op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True, comment="surrogate key"),
    sa.Column("name", sa.String(50), comment="display name"),
    comment="accounts",
)
