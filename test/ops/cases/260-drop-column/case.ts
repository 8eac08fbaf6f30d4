await op.dropColumn("account", "last_login");
