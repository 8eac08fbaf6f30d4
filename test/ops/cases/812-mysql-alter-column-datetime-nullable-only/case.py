op.alter_column("account", "created_at", nullable=False, existing_type=sa.DateTime())
