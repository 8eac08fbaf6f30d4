op.alter_column("account", "name", existing_type=sa.String(50), existing_nullable=False)
