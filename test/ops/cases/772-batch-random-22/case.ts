await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.addColumn(sa.Column("new0", sa.String(30)));
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "account",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("value0", sa.Text(), { index: true }),
    sa.Column("e1", sa.BigInteger()),
    sa.Column("name2", sa.BigInteger(), { comment: "c name2" }),
    sa.Column("mood", sa.Enum("a", "b", { name: "e_22" })),
  ),
});
