account = sa.table("account", sa.column("id", sa.Integer()))
op.execute(account.delete().where(sa.text("id < 0")))
