const t = sa.table("t", sa.column("b", sa.Boolean()), sa.column("i", sa.Integer()));
await op.bulkInsert(t, [{ b: null, i: null }, { b: true, i: 0 }]);
