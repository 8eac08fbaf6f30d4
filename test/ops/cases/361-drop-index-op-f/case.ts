await op.dropIndex(op.f("ix_account_name"), { tableName: "account" });
