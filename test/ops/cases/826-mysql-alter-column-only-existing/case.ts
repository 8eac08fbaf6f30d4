await op.alterColumn("account", "name", { existingType: sa.String(50), existingNullable: false });
