await op.createIndex(op.f("ix_account_name"), "account", ["name"]);
