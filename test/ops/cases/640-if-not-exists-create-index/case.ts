await op.createIndex("ix_account_email", "account", ["email"], { ifNotExists: true });
