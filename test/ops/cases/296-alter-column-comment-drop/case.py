op.alter_column("account", "name", comment=None, existing_comment="old", existing_type=sa.String(50))
