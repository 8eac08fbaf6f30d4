account = sa.table("account", sa.column("flag", sa.Boolean()), schema="billing")
op.execute(account.update().values(flag=True))
