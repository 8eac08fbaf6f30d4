account = sa.table("account", sa.column("status", sa.String()))
op.execute(account.update().values(status="archived"))
