op.drop_index("ix_account_name", table_name="account")
