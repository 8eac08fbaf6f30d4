op.alter_column("account", "score", nullable=False, server_default="5", existing_type=sa.Integer())
