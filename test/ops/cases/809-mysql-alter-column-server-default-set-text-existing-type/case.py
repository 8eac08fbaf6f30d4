op.alter_column("account", "score", server_default=sa.text("0"), existing_type=sa.Integer())
