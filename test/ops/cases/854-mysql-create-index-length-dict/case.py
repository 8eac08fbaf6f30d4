op.create_index("ix_account_name_email", "account", ["name", "email"], mysql_length={"name": 10, "email": 20})
