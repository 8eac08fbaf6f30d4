accounts = op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("active", sa.Boolean(), server_default=sa.true()),
)
op.bulk_insert(accounts, [{"id": 1, "active": False}, {"id": 2}], multiinsert=False)
