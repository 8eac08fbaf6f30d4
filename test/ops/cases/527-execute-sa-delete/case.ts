const account = sa.table("account", sa.column("id", sa.Integer()));
await op.execute(sa.delete(account).where(sa.text("id = 1")));
