op.alter_column("account", "created_at", server_default=sa.func.now(), existing_type=sa.DateTime())
