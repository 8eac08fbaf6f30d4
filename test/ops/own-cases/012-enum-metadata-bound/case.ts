await op.createTable(
  "t",
  sa.Column("c", sa.Enum("a", "b", { name: "e", metadata: sa.MetaData({ schema: "m" }) })),
);
const m = sa.MetaData();
const u = sa.Table("u", m, sa.Column("c", sa.Enum("x", "y", { name: "xy", metadata: m })));
await u.create(op.getBind());
m.create_all(op.getBind());
