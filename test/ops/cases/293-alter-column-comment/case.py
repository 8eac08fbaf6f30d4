op.alter_column("account", "name", comment="the full name")
