const t = sa.table("t", sa.column("s", sa.String()));
await op.bulkInsert(t, [{ s: 5 }]);
