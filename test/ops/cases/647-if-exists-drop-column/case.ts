await op.dropColumn("account", "age", { ifExists: true });
