await op.dropTable("Account", { schema: "Billing" });
