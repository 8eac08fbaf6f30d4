op.drop_index("ix_account_name")
