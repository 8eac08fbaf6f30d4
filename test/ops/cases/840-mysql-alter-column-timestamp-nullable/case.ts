await op.alterColumn("account", "seen_at", { nullable: true, existingType: mysql.TIMESTAMP() });
