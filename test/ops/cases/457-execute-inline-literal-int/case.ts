const account = sa.table("account", sa.column("age", sa.Integer()));
await op.execute(account.update().values({ age: op.inlineLiteral(42) }));
