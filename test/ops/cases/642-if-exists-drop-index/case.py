op.drop_index("ix_account_email", table_name="account", if_exists=True)
