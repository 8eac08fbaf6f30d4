await op.alterColumn("account", "name", { comment: "display name", existingType: sa.String(50) });
