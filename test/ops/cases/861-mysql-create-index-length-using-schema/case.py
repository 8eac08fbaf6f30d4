op.create_index("ix_account_name", "account", ["name"], schema="billing", mysql_length=8, mysql_using="btree")
