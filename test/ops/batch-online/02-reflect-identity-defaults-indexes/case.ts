await op.batchAlterTable("item", async (batchOp) => {
  await batchOp.alterColumn("qty", { nullable: false, serverDefault: "1" });
  await batchOp.createIndex("ix_item_uid", ["uid"]);
  await batchOp.dropIndex("ix_item_label_qty");
}, { recreate: "always" });
