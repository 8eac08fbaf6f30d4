op.alter_column("account", "is_admin", server_default=sa.false(), existing_type=sa.Boolean())
