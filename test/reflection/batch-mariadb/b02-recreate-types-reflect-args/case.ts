await op.batchAlterTable("gadget", async (batchOp) => {
  await batchOp.alterColumn("label", { type_: sa.String(60), existingType: sa.String(40) });
}, { recreate: "always", reflectArgs: [sa.Column("qty", sa.Integer())] });
