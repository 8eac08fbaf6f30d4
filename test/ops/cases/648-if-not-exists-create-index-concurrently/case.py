op.create_index("ix_account_email", "account", ["email"], postgresql_concurrently=True, if_not_exists=True)
