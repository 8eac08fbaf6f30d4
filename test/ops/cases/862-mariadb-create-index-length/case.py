op.create_index("ix_account_name", "account", ["name"], mariadb_length=10)
