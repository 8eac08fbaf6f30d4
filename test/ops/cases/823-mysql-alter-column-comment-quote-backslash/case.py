op.alter_column("account", "name", comment="it's a \\ path", existing_type=sa.String(50))
