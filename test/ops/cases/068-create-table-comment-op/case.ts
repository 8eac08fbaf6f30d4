await op.createTableComment("account", "All customer accounts");
