await op.renameTable("account", "customer", { schema: "billing" });
