account = sa.table("account", sa.column("status", sa.String()))
op.execute(sa.update(account).values(status="x"))
