await op.createIndex("ix_account_lower_email", "account", [sa.text("lower(email)")]);
