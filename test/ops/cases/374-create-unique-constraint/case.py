op.create_unique_constraint("uq_account_email", "account", ["email"])
