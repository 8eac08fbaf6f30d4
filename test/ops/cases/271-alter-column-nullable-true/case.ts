await op.alterColumn("account", "name", { nullable: true });
