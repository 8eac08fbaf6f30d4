const accounts = sa.table("account", sa.column("id", sa.Integer()), sa.column("name", sa.String()));
await op.bulkInsert(accounts, [{ id: op.inlineLiteral(1), name: op.inlineLiteral("a") }]);
