op.alter_column("account", "name", existing_server_default="x", nullable=False)
