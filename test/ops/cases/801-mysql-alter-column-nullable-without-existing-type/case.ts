await op.alterColumn("account", "name", { nullable: false });
