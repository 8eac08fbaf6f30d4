account = sa.table("account", sa.column("id", sa.Integer()), sa.column("status", sa.String()))
op.execute(sa.insert(account).values(id=1, status="new"))
