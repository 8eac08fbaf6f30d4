await op.createTableComment("account", "line one\nline two");
