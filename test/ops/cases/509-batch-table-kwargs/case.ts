await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropColumn("x");
}, { tableKwargs: { postgresqlPartitionBy: "RANGE (id)" } });
