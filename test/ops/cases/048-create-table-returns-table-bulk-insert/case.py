accounts = op.create_table(
    "account",
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
)
op.bulk_insert(accounts, [{"id": 1, "name": "alice"}, {"id": 2, "name": "bob"}])
