await op.alterColumn("account", "name", { serverDefault: "anon" });
