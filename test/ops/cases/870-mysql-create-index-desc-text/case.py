op.create_index("ix_account_created", "account", ["name", sa.text("created_at DESC")])
