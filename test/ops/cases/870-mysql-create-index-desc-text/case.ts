await op.createIndex("ix_account_created", "account", ["name", sa.text("created_at DESC")]);
