await op.dropTableComment("account");
