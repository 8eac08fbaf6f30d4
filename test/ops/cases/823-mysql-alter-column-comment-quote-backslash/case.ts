await op.alterColumn("account", "name", { comment: "it's a \\ path", existingType: sa.String(50) });
