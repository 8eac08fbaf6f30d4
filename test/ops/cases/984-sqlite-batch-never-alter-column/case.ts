await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("name", { nullable: false, existingType: sa.String(50) });
}, { recreate: "never" });
