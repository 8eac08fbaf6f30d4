await op.alterColumn("Account", "Order", { newColumnName: "rank", existingType: sa.Integer() });
