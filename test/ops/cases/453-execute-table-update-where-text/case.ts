const account = sa.table("account", sa.column("id", sa.Integer()), sa.column("status", sa.String()));
await op.execute(account.update().where(sa.text("id > 10")).values({ status: "archived" }));
