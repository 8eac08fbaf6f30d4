await op.alterColumn("Account", "FullName", { nullable: false, newColumnName: "DisplayName" });
