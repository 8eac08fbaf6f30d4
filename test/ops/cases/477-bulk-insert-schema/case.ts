const accounts = sa.table("account", sa.column("id", sa.Integer()), { schema: "billing" });
await op.bulkInsert(accounts, [{ id: 1 }]);
