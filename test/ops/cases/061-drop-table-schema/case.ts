await op.dropTable("account", { schema: "billing" });
