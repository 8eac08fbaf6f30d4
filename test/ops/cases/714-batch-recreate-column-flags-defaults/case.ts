await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.alterColumn("flag", { serverDefault: null, nullable: false });
  await batchOp.alterColumn("ts", { serverDefault: sa.text("CURRENT_TIMESTAMP") });
}, {
  recreate: "always",
  copyFrom: sa.Table(
    "t",
    sa.MetaData(),
    sa.Column("id", sa.BigInteger(), sa.Identity({ start: 10 }), { primaryKey: true }),
    sa.Column("u", sa.String(20), { unique: true }),
    sa.Column("ix", sa.Integer(), { index: true }),
    sa.Column(
      "ts",
      sa.DateTime({ timezone: true }),
      { serverDefault: sa.func.now(), nullable: false },
    ),
    sa.Column("flag", sa.Boolean(), { serverDefault: sa.text("false") }),
    sa.CheckConstraint("ix > 0", { name: "ck_t_ix" }),
  ),
});
