const account = sa.table("account", sa.column("id", sa.Integer()));
await op.execute(account.delete().where(sa.text("id < 0")));
