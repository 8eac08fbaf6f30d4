accounts = sa.table("account", sa.column("id", sa.Integer()), schema="billing")
op.bulk_insert(accounts, [{"id": 1}])
