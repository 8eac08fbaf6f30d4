await op.alterColumn("account", "created", { serverDefault: sa.text("now()") });
