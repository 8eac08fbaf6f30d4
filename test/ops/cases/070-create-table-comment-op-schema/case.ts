await op.createTableComment("account", "It's a table", { schema: "billing" });
