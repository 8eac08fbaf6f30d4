await op.dropColumn("user", "order");
