op.create_index("ix_account_name", "account", ["name"], postgresql_with={"fillfactor": 50})
