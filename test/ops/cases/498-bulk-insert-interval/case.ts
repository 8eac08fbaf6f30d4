const t = sa.table("t", sa.column("i", sa.Interval()));
await op.bulkInsert(t, [{ i: "1 day" }]);
