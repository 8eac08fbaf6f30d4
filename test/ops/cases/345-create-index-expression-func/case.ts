await op.createIndex("ix_account_lower_name", "account", [sa.func.lower(sa.column("name"))]);
