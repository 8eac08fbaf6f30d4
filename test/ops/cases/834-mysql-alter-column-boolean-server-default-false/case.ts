await op.alterColumn("account", "active", { serverDefault: sa.false(), existingType: sa.Boolean() });
