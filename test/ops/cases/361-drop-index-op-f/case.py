op.drop_index(op.f("ix_account_name"), table_name="account")
