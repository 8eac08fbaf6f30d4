await op.dropColumn("Account", "LastLogin");
