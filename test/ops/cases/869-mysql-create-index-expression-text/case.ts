await op.createIndex("ix_account_lower_name", "account", [sa.text("(lower(name))")]);
