op.alter_column("account", "status", server_default=None, existing_server_default="active")
