await op.dropTable("account", { ifExists: true });
