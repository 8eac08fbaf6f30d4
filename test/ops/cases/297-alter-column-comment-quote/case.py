op.alter_column("account", "name", comment="it's the name", existing_type=sa.String(50))
