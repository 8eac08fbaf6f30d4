const account = sa.table("account", sa.column("flag", sa.Boolean()), { schema: "billing" });
await op.execute(account.update().values({ flag: true }));
