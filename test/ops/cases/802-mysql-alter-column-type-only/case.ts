await op.alterColumn("account", "name", { type_: sa.String(100) });
