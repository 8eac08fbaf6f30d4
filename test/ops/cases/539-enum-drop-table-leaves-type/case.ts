await op.dropTable("ticket");
