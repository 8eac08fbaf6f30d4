await op.dropTable("account");
