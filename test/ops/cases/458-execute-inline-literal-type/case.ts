const account = sa.table("account", sa.column("code", sa.String()));
await op.execute(account.update().values({ code: op.inlineLiteral("007", { type_: sa.String() }) }));
