await op.createTable(
  "t",
  sa.Column("id", sa.Integer(), { primaryKey: true }),
  sa.Column("x", sa.Integer()),
  sa.Column("old", sa.Integer()),
);
await op.batchAlterTable("t", async (batchOp) => {
  await batchOp.addColumn({ column: sa.Column("y", sa.Integer()) });
  await batchOp.alterColumn({ columnName: "x", nullable: false });
  await batchOp.dropColumn({ columnName: "old" });
  await batchOp.createIndex({ indexName: batchOp.f("ix_t_y"), columns: ["y"] });
  await batchOp.createUniqueConstraint({ constraintName: "uq_t_x", columns: ["x"] });
  await batchOp.createForeignKey({
    constraintName: "fk_t_y",
    referentTable: "t",
    localCols: ["y"],
    remoteCols: ["id"],
  });
  await batchOp.createCheckConstraint({ constraintName: "ck_t_y", condition: "y > 0" });
  await batchOp.dropConstraint({ constraintName: "ck_t_y", type_: "check" });
  await batchOp.dropIndex({ indexName: "ix_t_y" });
  await batchOp.createTableComment({ comment: "c" });
});
