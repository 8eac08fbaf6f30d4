op.alter_column("account", "id", server_default=sa.Identity(), existing_type=sa.Integer())
