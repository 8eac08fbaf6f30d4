const t = sa.table("t", sa.column("a", sa.Integer()));
await op.bulkInsert(t, [{ a: 1, b: 2 }]);
