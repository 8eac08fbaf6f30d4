op.alter_column("account", "seen_at", nullable=True, existing_type=mysql.TIMESTAMP())
