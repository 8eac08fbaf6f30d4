const accounts = sa.table("account", sa.column("id", sa.Integer()), sa.column("name", sa.String()));
await op.bulkInsert(accounts, [{ id: 1, name: "a" }, { id: 2, name: "b" }], { multiinsert: false });
