await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropConstraint("fk_account_parent", { type_: "foreignkey" });
  await batchOp.createUniqueConstraint("uq_account_name", ["name"]);
  await batchOp.createCheckConstraint("ck_account_name", sa.text("length(name) > 0"));
});
