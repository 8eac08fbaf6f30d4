op.alter_column("account", "name", nullable=False)
