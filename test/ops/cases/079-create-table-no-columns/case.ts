await op.createTable("empty");
