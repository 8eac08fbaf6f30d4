await op.createIndex("ix_account_name", "account", ["name"], { postgresqlWith: { fillfactor: 50 } });
