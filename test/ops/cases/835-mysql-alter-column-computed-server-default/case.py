op.alter_column("account", "total", server_default=sa.Computed("price * qty"), existing_type=sa.Integer())
