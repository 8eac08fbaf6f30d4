await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createTableComment("accounts", { existingComment: null });
  await batchOp.dropTableComment({ existingComment: "accounts" });
});
