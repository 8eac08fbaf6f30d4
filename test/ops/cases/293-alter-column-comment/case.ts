await op.alterColumn("account", "name", { comment: "the full name" });
