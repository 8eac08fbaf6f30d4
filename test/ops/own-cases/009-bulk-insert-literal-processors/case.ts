const t = sa.table(
  "t",
  sa.column("b", sa.Boolean()),
  sa.column("i", sa.Integer()),
  sa.column("e", sa.Enum("a", "b", { name: "e" })),
);
await op.bulkInsert(t, [{ b: 1, i: true, e: "c" }, { b: 0, i: "12", e: "a" }]);
