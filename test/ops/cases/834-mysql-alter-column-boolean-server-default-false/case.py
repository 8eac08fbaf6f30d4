op.alter_column("account", "active", server_default=sa.false(), existing_type=sa.Boolean())
