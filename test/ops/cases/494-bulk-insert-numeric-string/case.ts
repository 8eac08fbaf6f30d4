const t = sa.table("t", sa.column("n", sa.Numeric(10, 2)), sa.column("i", sa.Integer()));
await op.bulkInsert(t, [{ n: "1.50", i: "5" }]);
