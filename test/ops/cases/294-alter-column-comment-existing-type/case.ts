await op.alterColumn("account", "name", { comment: "the full name", existingType: sa.String(50) });
