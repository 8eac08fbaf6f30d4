const account = sa.table("account", sa.column("id", sa.Integer()), sa.column("name", sa.String()));
await op.execute(account.insert().values([{ id: 1, name: "a" }, { id: 2, name: "b" }]));
