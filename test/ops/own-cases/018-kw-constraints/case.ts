await op.createForeignKey({
  constraintName: "fk_x",
  sourceTable: "a",
  referentTable: "b",
  localCols: ["b_id"],
  remoteCols: ["id"],
});
await op.createForeignKey({
  constraintName: "fk_y",
  sourceTable: "a",
  referentTable: "b",
  localCols: ["b_id2"],
  remoteCols: ["id"],
  ondelete: "CASCADE",
  sourceSchema: "s",
});
await op.createUniqueConstraint({ constraintName: "uq_a_code", tableName: "a", columns: ["code"] });
await op.createPrimaryKey({ constraintName: "pk_a", tableName: "a", columns: ["id"] });
await op.createCheckConstraint({ constraintName: "ck_a_x", tableName: "a", condition: "x > 5" });
await op.dropConstraint({ constraintName: "fk_x", tableName: "a", type_: "foreignkey" });
await op.dropConstraint({ constraintName: "uq_a_code", tableName: "a" });
