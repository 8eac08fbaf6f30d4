op.alter_column("account", "name", server_default="anon")
