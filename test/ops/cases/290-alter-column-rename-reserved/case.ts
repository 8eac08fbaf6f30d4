await op.alterColumn("account", "desc", { newColumnName: "order" });
