op.alter_column("account", "created_at", server_default=None, existing_type=sa.DateTime())
