op.create_index("ix_account_last_first", "account", ["last_name", "first_name"])
