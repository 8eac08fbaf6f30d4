await op.dropIndex("ix_account_email", { tableName: "account", ifExists: true });
