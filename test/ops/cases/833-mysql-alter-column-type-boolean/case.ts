await op.alterColumn("account", "active", { type_: sa.Boolean(), existingNullable: false });
