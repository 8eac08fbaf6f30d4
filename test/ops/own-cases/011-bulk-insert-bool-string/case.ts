const t = sa.table("t", sa.column("b", sa.Boolean()));
await op.bulkInsert(t, [{ b: "yes" }]);
