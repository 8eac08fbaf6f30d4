await op.createTableComment("account", "50% of 'a\\b'");
