t = sa.table("Account", sa.column("Id", sa.Integer()), sa.column("order", sa.Integer()), schema="Billing")
op.bulk_insert(t, [{"Id": 1, "order": 2}])
