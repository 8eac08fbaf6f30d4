await op.createTable({ tableName: "empty" });
await op.createTable({ tableName: "empty2", schema: "s", comment: "nothing here" });
