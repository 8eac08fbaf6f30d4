op.create_index("ix_account_name", "account", ["name"], mysql_using="btree")
