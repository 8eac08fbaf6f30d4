op.alter_column("account", "name")
