await op.dropIndex(op.f("ix_account_email"), { tableName: "account" });
await op.dropTable("account");
