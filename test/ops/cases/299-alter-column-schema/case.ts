await op.alterColumn("account", "name", { nullable: false, schema: "billing" });
