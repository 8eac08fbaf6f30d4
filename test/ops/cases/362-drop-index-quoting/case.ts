await op.dropIndex("IX User Name", { tableName: "user", schema: "Auth" });
