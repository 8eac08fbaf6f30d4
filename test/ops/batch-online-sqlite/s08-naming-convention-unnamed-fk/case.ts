await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.dropConstraint("fk_account_parent_id_parent", { type_: "foreignkey" });
}, { namingConvention: { fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s" } });
