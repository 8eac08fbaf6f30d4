op.create_index("ix_account_email", "account", ["email"], unique=True, schema="billing", if_not_exists=True)
