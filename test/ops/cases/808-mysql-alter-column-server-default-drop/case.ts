await op.alterColumn("account", "name", { serverDefault: null });
