op.alter_column("account", "name", nullable=False, existing_type=sa.String(50))
