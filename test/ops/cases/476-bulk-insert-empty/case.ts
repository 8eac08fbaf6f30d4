const accounts = sa.table("account", sa.column("id", sa.Integer()));
await op.bulkInsert(accounts, []);
