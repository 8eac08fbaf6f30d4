orders = sa.table("order", sa.column("select", sa.Integer()), sa.column("User Name", sa.String()))
op.bulk_insert(orders, [{"select": 1, "User Name": "x"}])
