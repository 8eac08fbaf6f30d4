accounts = sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), primary_key=True),
    sa.Column("name", sa.String(50)),
)
op.bulk_insert(accounts, [{"id": 1, "name": "a"}])
