op.create_index("ix_account_name", "account", ["name"], if_not_exists=True)
