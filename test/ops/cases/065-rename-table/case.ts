await op.renameTable("account", "customer");
