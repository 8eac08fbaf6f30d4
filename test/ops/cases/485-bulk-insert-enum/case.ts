const accounts = sa.table("account", sa.column("mood", sa.Enum("happy", "sad", { name: "mood" })));
await op.bulkInsert(accounts, [{ mood: "happy" }]);
