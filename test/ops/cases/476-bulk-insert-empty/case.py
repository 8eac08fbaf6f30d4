accounts = sa.table("account", sa.column("id", sa.Integer()))
op.bulk_insert(accounts, [])
