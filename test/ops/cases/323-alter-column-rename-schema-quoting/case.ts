await op.alterColumn("Account", "user", { newColumnName: "User Name", schema: "Sales" });
