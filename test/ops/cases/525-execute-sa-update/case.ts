const account = sa.table("account", sa.column("status", sa.String()));
await op.execute(sa.update(account).values({ status: "x" }));
