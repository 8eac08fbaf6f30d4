await op.alterColumn("user", "select", { comment: "it's \"quoted\"" });
await op.createTableComment("order", "100% reserved");
