op.alter_column("account", "id", server_default=sa.Identity(start=100), existing_type=sa.Integer())
