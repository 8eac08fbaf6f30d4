op.add_column("account", sa.Column("status", sa.String(20), server_default="active", nullable=False))
