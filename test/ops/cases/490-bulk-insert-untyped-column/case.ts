const t = sa.table("t", sa.column("x"), sa.column("s"));
await op.bulkInsert(t, [{ x: 1, s: "a" }]);
