await op.alterColumn("account", "id", { serverDefault: sa.Identity(), existingType: sa.Integer() });
