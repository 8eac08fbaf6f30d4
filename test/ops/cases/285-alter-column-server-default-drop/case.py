op.alter_column("account", "status", server_default=None)
