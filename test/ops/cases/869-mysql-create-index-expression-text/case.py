op.create_index("ix_account_lower_name", "account", [sa.text("(lower(name))")])
