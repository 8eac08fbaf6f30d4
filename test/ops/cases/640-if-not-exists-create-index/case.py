op.create_index("ix_account_email", "account", ["email"], if_not_exists=True)
