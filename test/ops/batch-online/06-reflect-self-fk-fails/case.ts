await op.batchAlterTable("doc", async (batchOp) => {
  await batchOp.alterColumn("body", { type_: sa.String(200), nullable: false });
  await batchOp.dropConstraint("uq_doc_body_owner", { type_: "unique" });
}, { recreate: "always" });
