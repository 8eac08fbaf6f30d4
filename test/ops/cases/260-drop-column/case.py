op.drop_column("account", "last_login")
