await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn("name", { nullable: false, existingType: sa.String(50) });
  await batchOp.createUniqueConstraint("uq_account_name", ["name"]);
}, { schema: "billing" });
