op.alter_column("account", "name", comment=None, existing_type=sa.String(50), existing_comment="display name")
