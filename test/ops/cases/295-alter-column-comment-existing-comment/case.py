op.alter_column("account", "name", comment="new", existing_comment="old", existing_type=sa.String(50))
