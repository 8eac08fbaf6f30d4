op.alter_column("account", "name", comment="display name", existing_type=sa.String(50))
