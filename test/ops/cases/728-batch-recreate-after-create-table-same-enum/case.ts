await op.createTable(
  "other",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("mood", sa.Enum("a", "b", { name: "mood" })),
);
await op.createTable(
  "other2",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("mood", sa.Enum("a", "b", { name: "mood" })),
);
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.dropColumn("old");
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("mood", sa.Enum("a", "b", { name: "mood" })),
    sa.Column("old", sa.Enum("x", { name: "old_enum" })),
  ),
});
