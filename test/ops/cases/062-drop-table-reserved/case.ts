await op.dropTable("user");
