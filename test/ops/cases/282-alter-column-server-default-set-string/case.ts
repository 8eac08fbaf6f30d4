await op.alterColumn("account", "status", { serverDefault: "active" });
