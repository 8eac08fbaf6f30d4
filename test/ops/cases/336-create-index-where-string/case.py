op.create_index("ix_account_active", "account", ["id"], postgresql_where="active")
