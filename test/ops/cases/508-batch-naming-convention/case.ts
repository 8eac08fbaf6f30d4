await op.batchAlterTable("account", async (batchOp) => {
  await batchOp.createUniqueConstraint(null, ["email"]);
}, {
  namingConvention: {
    uq: "uq_%(table_name)s_%(column_0_name)s",
    fk: "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
  },
});
