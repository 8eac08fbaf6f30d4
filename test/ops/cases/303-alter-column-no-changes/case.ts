await op.alterColumn("account", "name");
