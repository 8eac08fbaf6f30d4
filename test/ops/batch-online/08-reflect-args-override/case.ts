await op.batchAlterTable("memo", async (batchOp) => {
  await batchOp.alterColumn("n", { nullable: false });
}, { recreate: "always", reflectArgs: [sa.Column("note", sa.String(100), { comment: "short" })] });
