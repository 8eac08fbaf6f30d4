const t = sa.table("t", sa.column("e", sa.Enum("a", "b", { name: "e" })));
await op.bulkInsert(t, [{ e: 1 }]);
