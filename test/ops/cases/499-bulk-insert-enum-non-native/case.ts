const t = sa.table("t", sa.column("e", sa.Enum("a", "b", { name: "e", nativeEnum: false })));
await op.bulkInsert(t, [{ e: "a" }]);
