await op.batchAlterTable("post", async (batchOp) => {
  await batchOp.alterColumn("title", { nullable: false, existingType: sa.String(100) });
  await batchOp.alterColumn("body", { newColumnName: "content", existingType: sa.Text() });
  await batchOp.dropConstraint("fk_post_account", { type_: "foreignkey" });
  await batchOp.createIndex("ix_post_title", ["title"], { mysqlLength: 10 });
});
