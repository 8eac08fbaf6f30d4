op.alter_column("account", "name", comment="the full name", existing_type=sa.String(50))
