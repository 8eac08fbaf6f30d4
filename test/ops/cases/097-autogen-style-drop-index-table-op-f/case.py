op.drop_index(op.f("ix_account_email"), table_name="account")
op.drop_table("account")
