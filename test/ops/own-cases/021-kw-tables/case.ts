await op.renameTable({ oldTableName: "a", newTableName: "b" });
await op.renameTable({ oldTableName: "c", newTableName: "d", schema: "s" });
await op.createTableComment({ tableName: "b", comment: "the b table" });
await op.createTableComment({ tableName: "b", comment: "new", existingComment: "the b table" });
await op.dropTableComment({ tableName: "b", existingComment: "new" });
await op.dropTable({ tableName: "b" });
await op.dropTable({ tableName: "d", schema: "s" });
