op.create_index("ix_account_name_email", "account", ["name", "email"], mysql_length={"email": 20})
