account = sa.table("account", sa.column("id", sa.Integer()))
op.execute(sa.delete(account).where(sa.text("id = 1")))
