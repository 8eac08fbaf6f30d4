const account = sa.table("account", sa.column("name", sa.String()));
await op.execute(account.update().values({ name: op.inlineLiteral("O'Brien") }));
