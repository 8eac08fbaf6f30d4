await op.batchAlterTable("reservation", async (batchOp) => {
  await batchOp.createExcludeConstraint("no_overlap", ["during", "&&"], { using: "gist" });
});
