await op.dropColumn("Account", "Note", { schema: "Billing" });
