op.alter_column("account", "name", server_default="anon", comment="display name", existing_type=sa.String(50))
