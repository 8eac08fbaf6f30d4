op.alter_column("account", "score", new_column_name="points", server_default=None, existing_type=sa.Integer())
