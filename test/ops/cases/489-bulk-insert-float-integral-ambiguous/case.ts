const t = sa.table("t", sa.column("f", sa.Float()), sa.column("n", sa.Numeric()));
await op.bulkInsert(t, [{ f: 0.0, n: 2.0 }, { f: 1, n: 3 }]);
