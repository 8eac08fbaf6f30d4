await op.alterColumn("account", "name", { newColumnName: "full_name", existingType: sa.String(50) });
