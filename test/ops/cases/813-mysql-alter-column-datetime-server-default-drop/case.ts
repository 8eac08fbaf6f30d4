await op.alterColumn("account", "created_at", { serverDefault: null, existingType: sa.DateTime() });
