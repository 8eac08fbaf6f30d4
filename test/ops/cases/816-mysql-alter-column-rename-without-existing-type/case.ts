await op.alterColumn("account", "name", { newColumnName: "full_name" });
