op.alter_column("account", "created", server_default=sa.func.now())
