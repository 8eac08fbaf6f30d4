await op.alterColumn("account", "name", { comment: "it's the name", existingType: sa.String(50) });
