await op.dropColumn("account", "a");
await op.dropColumn("account", "b");
