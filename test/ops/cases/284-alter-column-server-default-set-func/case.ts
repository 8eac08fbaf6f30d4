await op.alterColumn("account", "created", { serverDefault: sa.func.now() });
