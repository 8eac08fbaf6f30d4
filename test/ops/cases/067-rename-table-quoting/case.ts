await op.renameTable("user", "User Accounts");
