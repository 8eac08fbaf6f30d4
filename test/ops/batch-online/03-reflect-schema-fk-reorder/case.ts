await op.batchAlterTable("Member", async (batchOp) => {
  await batchOp.addColumn(sa.Column("a", sa.String(5)), { insertBefore: "b" });
  await batchOp.createUniqueConstraint("uq_member_org_order", ["org_id", "order"]);
}, { schema: "app", recreate: "always", partialReordering: [["b", "order"]] });
