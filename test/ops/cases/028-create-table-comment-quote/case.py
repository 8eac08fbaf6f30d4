op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    comment="The customer's account",
)
