op.alter_column("account", "desc", new_column_name="order")
