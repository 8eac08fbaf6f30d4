op.alter_column("account", "name", new_column_name="full_name")
