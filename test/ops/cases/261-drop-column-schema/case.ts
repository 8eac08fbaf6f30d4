await op.dropColumn("account", "note", { schema: "billing" });
