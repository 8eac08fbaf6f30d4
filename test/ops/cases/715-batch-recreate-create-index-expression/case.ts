await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.createIndex("ix_t_lower_name", [sa.text("lower(name)")]);
  await batchOp.createIndex(
    "ix_t_name",
    ["name"],
    { unique: true, postgresqlWhere: sa.text("name IS NOT NULL") },
  );
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.Integer(), { primaryKey: true }),
    sa.Column("name", sa.String(20)),
  ),
});
