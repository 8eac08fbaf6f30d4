await op.dropIndex("ix_account_name", { tableName: "account" });
