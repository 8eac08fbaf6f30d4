op.drop_column("Account", "LastLogin")
