await op.alterColumn("account", "created_at", { nullable: false, existingType: sa.DateTime() });
