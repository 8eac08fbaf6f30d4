op.alter_column("account", "status", server_default="o'clock")
