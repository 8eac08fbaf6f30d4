op.alter_column("account", "name", new_column_name="full_name", nullable=False, existing_type=sa.String(50))
