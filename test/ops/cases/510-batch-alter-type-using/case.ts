await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.alterColumn(
    "age",
    { type_: sa.Integer(), existingType: sa.String(5), postgresqlUsing: "age::integer" },
  );
});
