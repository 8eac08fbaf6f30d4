await op.createIndex("ix_account_active", "account", ["id"], { postgresqlWhere: "active" });
