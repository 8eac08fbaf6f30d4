await op.createIndex("IX User Name", "user", ["Name", "order"]);
