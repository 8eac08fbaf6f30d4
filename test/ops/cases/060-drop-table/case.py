op.drop_table("account")
