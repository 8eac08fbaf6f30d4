await op.alterColumn("account", "status", { serverDefault: null });
