await op.createForeignKey(
  "fk_a_b",
  "a",
  { referentTable: "b", localCols: ["b_id"], remoteCols: ["id"] },
);
await op.createForeignKey(
  "fk_a_c",
  "a",
  "c",
  ["c_id"],
  { remoteCols: ["id"], ondelete: "SET NULL" },
);
await op.createUniqueConstraint("uq_a_x", "a", { columns: ["x"] });
await op.createPrimaryKey("pk_a", { tableName: "a", columns: ["id"] });
await op.createCheckConstraint("ck_a_x", "a", { condition: "x > 0" });
await op.dropConstraint("uq_a_x", { tableName: "a", type_: "unique" });
await op.addColumn("a", { column: sa.Column("z", sa.Integer()) });
await op.alterColumn("a", { columnName: "z", nullable: false, existingType: sa.Integer() });
await op.dropColumn("a", { columnName: "z" });
await op.createIndex("ix_a_x", "a", { columns: ["x"], unique: true });
await op.dropIndex("ix_a_x", { tableName: "a" });
await op.renameTable("a", { newTableName: "aa" });
await op.createTableComment("aa", { comment: "hi" });
