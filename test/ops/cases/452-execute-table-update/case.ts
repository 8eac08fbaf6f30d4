const account = sa.table("account", sa.column("status", sa.String()));
await op.execute(account.update().values({ status: "archived" }));
