op.create_index("ix_account_email_incl", "account", ["email"], postgresql_include=["name", "created"])
